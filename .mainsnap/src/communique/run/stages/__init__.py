"""Stages of ``communique run``; each module meets :class:`communique.run.context.Stage` (``run(ctx) -> None``)."""
