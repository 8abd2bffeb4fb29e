r"""A small parser of the regex forms the project writes, so that speed helpers can read a pattern's
structure (the characters or literal words a match starts with, the strings it must contain) without
the standard library's private parser.

Covered: literals and escapes, character classes (ranges, ``\w \d \s`` and their negations, negated
classes), groups (capturing, non-capturing, named, local flags such as ``(?i:...)``), alternation,
quantifiers (``? * + {m,n}`` and their lazy forms), anchors (``\b \B ^ $ \A \Z``), look-aheads and
look-behinds, back references, ``.`` and leading global flags (``(?i)``). Anything else (verbose
patterns, atomic groups, possessive repeats, conditionals, ``\N{...}``, bytes) raises
:class:`Unsupported`: a caller then gives up on its shortcut, which is always safe.

The tree is a list of ``(op, value)`` items (a *sequence*):

- ``(LITERAL, ch)`` and ``(NOT_LITERAL, ch)`` (``[^x]``), ``(ANY, None)`` for ``.``;
- ``(IN, members)`` for a class, members ``(LITERAL, ch)``, ``(RANGE, (lo, hi))``, ``(CATEGORY, r"\d")``
  (one of ``\d \D \s \S \w \W``), the first of them ``(NEGATE, None)`` in a negated class;
- ``(BRANCH, [sequence, ...])``;
- ``(GROUP, (number or None, added flags, removed flags, sequence))`` for a capturing group or one with
  local flags (a plain non-capturing group is spliced into its sequence);
- ``(REPEAT, (low, high or None, sequence, lazy))``;
- ``(AT, anchor)``, anchor one of ``\b \B ^ $ \A \Z``;
- ``(ASSERT, (direction, sequence))`` and ``(ASSERT_NOT, (direction, sequence))``, direction 1 for a
  look-ahead and -1 for a look-behind;
- ``(GROUPREF, number)``.

As ``re`` does, alternatives that all open with the same simple item (a literal, a class, an anchor) have
it moved in front of the branch, alternatives of single characters become one class, and a class of one
character is that character.

>>> parse(r"(?:North|South)\s+Korea")[0][:2]
[(BRANCH, [[(LITERAL, 'N'), (LITERAL, 'o'), (LITERAL, 'r'), (LITERAL, 't'), (LITERAL, 'h')], [(LITERAL, 'S'), (LITERAL, 'o'), (LITERAL, 'u'), (LITERAL, 't'), (LITERAL, 'h')]]), (REPEAT, (1, None, [(IN, [(CATEGORY, '\\s')])], False))]
>>> parse(r"visit(?:s|ed)?")[0][-1]
(REPEAT, (0, 1, [(BRANCH, [[(LITERAL, 's')], [(LITERAL, 'e'), (LITERAL, 'd')]])], False))
>>> parse(r"(?i)a|[bc]|[^\S\n]")
([(BRANCH, [[(LITERAL, 'a')], [(IN, [(LITERAL, 'b'), (LITERAL, 'c')])], [(IN, [(NEGATE, None), (CATEGORY, '\\S'), (LITERAL, '\n')])]])], 2)
>>> parse(r"a|[bc]|\d")[0]
[(IN, [(LITERAL, 'a'), (LITERAL, 'b'), (LITERAL, 'c'), (CATEGORY, '\\d')])]
"""

from __future__ import annotations

import re

__all__ = ["ANY", "ASSERT", "ASSERT_NOT", "AT", "BRANCH", "CATEGORY", "GROUP", "GROUPREF", "IN", "LITERAL",
           "NEGATE", "NOT_LITERAL", "RANGE", "REPEAT", "Unsupported", "parse"]


class _Op(str):
    """An opcode: a string that prints as its name."""

    def __repr__(self) -> str:
        return str(self)


LITERAL, NOT_LITERAL, ANY, IN, BRANCH, GROUP, REPEAT, AT, ASSERT, ASSERT_NOT, GROUPREF, RANGE, CATEGORY, NEGATE = map(
    _Op, ["LITERAL", "NOT_LITERAL", "ANY", "IN", "BRANCH", "GROUP", "REPEAT", "AT", "ASSERT", "ASSERT_NOT",
          "GROUPREF", "RANGE", "CATEGORY", "NEGATE"])

#: items that alternatives share when they are equal (the others hold a sequence: never taken as shared)
_SIMPLE = frozenset({LITERAL, NOT_LITERAL, ANY, IN, AT, GROUPREF})
_FLAGS = {"a": re.ASCII, "i": re.IGNORECASE, "L": re.LOCALE, "m": re.MULTILINE, "s": re.DOTALL,
          "u": re.UNICODE, "x": re.VERBOSE}
_CATEGORIES = frozenset("dDsSwW")
_ANCHORS = frozenset("bBAZ")
_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_SPECIAL = frozenset(".\\[{()*+?^$|")
_OCTAL = frozenset("01234567")
_HEX = frozenset("0123456789abcdefABCDEF")


class Unsupported(ValueError):
    """A pattern, or a part of one, that this parser does not read (or that is no valid regex)."""


def parse(source: str, flags: int = 0) -> tuple[list, int]:
    r"""The tree of ``source`` (see the module's docstring) and its flags: ``flags`` with those a leading
    ``(?i)`` and the like sets. Raises :class:`Unsupported` for a form outside the covered subset.

    >>> parse(r"\bmet(?=\s)")
    ([(AT, '\\b'), (LITERAL, 'm'), (LITERAL, 'e'), (LITERAL, 't'), (ASSERT, (1, [(IN, [(CATEGORY, '\\s')])]))], 0)
    >>> parse(r"(?P<n>a{2,}?)(?P=n)")[0]
    [(GROUP, (1, 0, 0, [(REPEAT, (2, None, [(LITERAL, 'a')], True))])), (GROUPREF, 1)]
    >>> try:
    ...     parse(r"a++")
    ... except Unsupported as err:
    ...     print(err)
    a possessive repeat at 3
    """
    if not isinstance(source, str) or flags & re.VERBOSE:
        raise Unsupported("a bytes or verbose pattern")
    parser = _Parser(source, flags)
    try:
        tree = parser.alternation(top=True)
    except Unsupported:
        raise
    except (IndexError, KeyError, TypeError, ValueError) as err:  # (a slip of this parser: give up, too)
        raise Unsupported(f"not read: {err}") from err
    if parser.pos < len(source):
        raise Unsupported(f"an unbalanced parenthesis at {parser.pos}")
    return tree, int(parser.flags)


class _Parser:
    def __init__(self, source: str, flags: int):
        self.source = source
        self.pos = 0
        self.flags = flags
        self.groups = 1  # the number the next capturing group gets
        self.closed: set[int] = set()
        self.names: dict[str, int] = {}

    def peek(self) -> str | None:
        return self.source[self.pos] if self.pos < len(self.source) else None

    def take(self) -> str:
        if self.pos >= len(self.source):
            raise Unsupported("an unexpected end of the pattern")
        ch = self.source[self.pos]
        self.pos += 1
        return ch

    def eat(self, ch: str) -> bool:
        if self.source.startswith(ch, self.pos):
            self.pos += len(ch)
            return True
        return False

    def alternation(self, top: bool = False) -> list:
        options = [self.sequence(first=top)]
        while self.eat("|"):
            options.append(self.sequence())
        if len(options) == 1:
            return options[0]
        out: list = []
        while all(options) and options[0][0][0] in _SIMPLE and all(o[0] == options[0][0] for o in options):
            out.append(options[0][0])  # shared by every alternative: in front of the branch
            options = [o[1:] for o in options]
        members: list = []
        for option in options:
            if len(option) != 1:
                break
            op, value = option[0]
            if op == LITERAL:
                members.append((op, value))
            elif op == IN and value[0][0] != NEGATE:
                members.extend(value)
            else:
                break
        else:  # alternatives of single characters: one class
            out.append((IN, list(dict.fromkeys(members))))
            return out
        out.append((BRANCH, options))
        return out

    def sequence(self, first: bool = False) -> list:
        items: list = []
        while True:
            ch = self.peek()
            if ch is None or ch in "|)":
                break
            self.pos += 1
            if ch == "\\":
                items.append(self.escape())
            elif ch not in _SPECIAL:
                items.append((LITERAL, ch))
            elif ch == "[":
                items.append(self.char_class())
            elif ch in "*+?{":
                if not self.repeat(ch, items):
                    items.append((LITERAL, ch))
            elif ch == ".":
                items.append((ANY, None))
            elif ch == "(":
                item = self.group(first and not items)
                if item is not None:
                    items.append(item)
            elif ch == "^":
                items.append((AT, "^"))
            elif ch == "$":
                items.append((AT, "$"))
        spliced: list = []
        for op, value in items:  # plain non-capturing groups are part of the sequence
            if op == GROUP and value[0] is None and not value[1] and not value[2]:
                spliced.extend(value[3])
            else:
                spliced.append((op, value))
        return spliced

    def repeat(self, ch: str, items: list) -> bool:
        """Turn the last of ``items`` into a repeat; False when ``{`` opens no quantifier (a literal)."""
        here = self.pos
        if ch == "?":
            low, high = 0, 1
        elif ch == "*":
            low, high = 0, None
        elif ch == "+":
            low, high = 1, None
        else:
            if self.peek() == "}":
                return False
            digits_low = self.digits()
            if self.eat(","):
                digits_high = self.digits()
            else:
                digits_high = digits_low
            if not self.eat("}"):
                self.pos = here
                return False
            low = int(digits_low) if digits_low else 0
            high = int(digits_high) if digits_high else None
            if high is not None and high < low:
                raise Unsupported(f"a repeat's maximum under its minimum at {here}")
        if not items or items[-1][0] in (AT, REPEAT):
            raise Unsupported(f"nothing to repeat at {here}")
        op, value = items[-1]
        body = value[3] if op == GROUP and value[0] is None and not value[1] and not value[2] else [items[-1]]
        if self.eat("+"):
            raise Unsupported(f"a possessive repeat at {self.pos}")
        items[-1] = (REPEAT, (low, high, body, self.eat("?")))
        return True

    def digits(self) -> str:
        start = self.pos
        while self.peek() is not None and self.peek() in "0123456789":
            self.pos += 1
        return self.source[start:self.pos]

    def group(self, first: bool):
        """The item of a group after its ``(`` (None for a leading global flag)."""
        start = self.pos - 1
        number = None
        add = remove = 0
        if self.eat("?"):
            ch = self.take()
            if ch == "P":
                if self.eat("<"):
                    name = self.until(">")
                    if not name.isidentifier() or name in self.names:
                        raise Unsupported(f"a bad group name at {start}")
                    number = self.open_group()
                    self.names[name] = number
                elif self.eat("="):
                    name = self.until(")")
                    if self.names.get(name) not in self.closed:
                        raise Unsupported(f"an unknown or open group at {start}")
                    return GROUPREF, self.names[name]
                else:
                    raise Unsupported(f"an unknown extension at {start}")
            elif ch == ":":
                pass
            elif ch in "=!" or (ch == "<" and self.peek() in ("=", "!")):
                direction = 1
                if ch == "<":
                    direction, ch = -1, self.take()
                body = self.alternation()
                self.close(start)
                return (ASSERT if ch == "=" else ASSERT_NOT), (direction, body)
            elif ch in _FLAGS or ch == "-":
                add, remove, local = self.flag_letters(ch)
                if not local:
                    if not first:
                        raise Unsupported(f"global flags not at the start, at {start}")
                    self.flags |= add
                    if add & re.VERBOSE:
                        raise Unsupported("a verbose pattern")
                    return None
                if (add | remove) & re.VERBOSE:
                    raise Unsupported(f"a local verbose flag at {start}")
            else:
                raise Unsupported(f"an unsupported extension (?{ch} at {start}")
        else:
            number = self.open_group()
        body = self.alternation()
        self.close(start)
        if number is not None:
            self.closed.add(number)
        return GROUP, (number, add, remove, body)

    def open_group(self) -> int:
        number = self.groups
        self.groups += 1
        return number

    def close(self, start: int) -> None:
        if not self.eat(")"):
            raise Unsupported(f"an unterminated group at {start}")

    def until(self, end: str) -> str:
        stop = self.source.find(end, self.pos)
        if stop < 0:
            raise Unsupported(f"an unterminated name at {self.pos}")
        name, self.pos = self.source[self.pos:stop], stop + 1
        return name

    def flag_letters(self, ch: str) -> tuple[int, int, bool]:
        """(added, removed, local) for the flags of ``(?ims-x:`` or ``(?i)`` from their first letter ``ch``."""
        add = remove = 0
        while ch in _FLAGS:
            add |= _FLAGS[ch]
            ch = self.take()
        if ch == ")":
            return add, 0, False
        if ch == "-":
            ch = self.take()
            while ch in _FLAGS:
                remove |= _FLAGS[ch]
                ch = self.take()
        if ch != ":" or not (add | remove) or add & remove:
            raise Unsupported(f"bad flags at {self.pos}")
        return add, remove, True

    def escape(self) -> tuple:
        ch = self.take()
        if ch in _CATEGORIES:
            return IN, [(CATEGORY, "\\" + ch)]
        if ch in _ANCHORS:
            return AT, "\\" + ch
        if ch in "123456789":
            if self.peek() is not None and self.peek() in "0123456789":
                ch += self.take()
                if ch[0] in _OCTAL and ch[1] in _OCTAL and self.peek() is not None and self.peek() in _OCTAL:
                    return LITERAL, self.octal(ch + self.take())
            number = int(ch)
            if number not in self.closed:
                raise Unsupported(f"a reference to an unknown or open group at {self.pos}")
            return GROUPREF, number
        return LITERAL, self.character(ch)

    def character(self, ch: str) -> str:
        """The character of an escape ``\\ch`` that names one (the rest of it read from the source)."""
        if ch in _ESCAPES:
            return _ESCAPES[ch]
        if ch in "xu":
            width = 2 if ch == "x" else 4
            code = self.source[self.pos:self.pos + width]
            if len(code) != width or not set(code) <= _HEX:
                raise Unsupported(f"an incomplete escape at {self.pos}")
            self.pos += width
            return chr(int(code, 16))
        if ch == "0":
            while len(ch) < 3 and self.peek() is not None and self.peek() in _OCTAL:
                ch += self.take()
            return self.octal(ch)
        if ch.isascii() and (ch.isalpha() or ch.isdigit()):
            raise Unsupported(f"an unsupported escape \\{ch} at {self.pos}")
        return ch

    @staticmethod
    def octal(digits: str) -> str:
        code = int(digits, 8)
        if code > 0o377:
            raise Unsupported("an octal escape out of range")
        return chr(code)

    def class_member(self, ch: str) -> tuple:
        if ch != "\\":
            return LITERAL, ch
        ch = self.take()
        if ch in _CATEGORIES:
            return CATEGORY, "\\" + ch
        if ch == "b":
            return LITERAL, "\b"
        if ch in "123456789":  # (an octal escape there: not written in the project)
            raise Unsupported(f"an octal escape in a class at {self.pos}")
        return LITERAL, self.character(ch)

    def char_class(self) -> tuple:
        start = self.pos - 1
        negate = self.eat("^")
        members: list = []
        while True:
            if self.peek() is None:
                raise Unsupported(f"an unterminated class at {start}")
            ch = self.take()
            if ch == "]" and members:
                break
            if ch == "[" and self.peek() in (":", "=", "."):
                raise Unsupported(f"a nested class at {self.pos}")
            first = self.class_member(ch)
            if self.eat("-"):
                if self.peek() is None:
                    raise Unsupported(f"an unterminated class at {start}")
                if self.peek() == "]":
                    self.pos += 1
                    members += [first, (LITERAL, "-")]
                    break
                second = self.class_member(self.take())
                if first[0] != LITERAL or second[0] != LITERAL or second[1] < first[1]:
                    raise Unsupported(f"a bad range at {self.pos}")
                members.append((RANGE, (first[1], second[1])))
            else:
                members.append(first)
        members = list(dict.fromkeys(members))
        if len(members) == 1 and members[0][0] == LITERAL:
            return (NOT_LITERAL if negate else LITERAL), members[0][1]
        return IN, ([(NEGATE, None)] if negate else []) + members
