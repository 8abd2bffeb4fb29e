"""Stages of ``communique run``; each module has ``run(ctx)`` (see :mod:`communique.run.pipeline`)."""
