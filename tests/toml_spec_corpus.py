"""A corpus of TOML written section by section of the 1.0 and 1.1 specifications, valid and invalid.

Every value is tried four ways: as a whole file, as a user's key at the top of
a client file, inside the client table and inside an array; every piece of
structure as a whole file and after a complete client file. The corpus is
meant to reach every branch where a reader might accept, refuse or crash.
"""

from __future__ import annotations

from tests.corpus import complete_text

# (section, TOML value as written)
VALUES: list[tuple[str, str]] = [
    # strings: basic
    *[
        ("basic-string", v)
        for v in [
            '"plain"',
            '""',
            '"tab\\there"',
            '"quote \\" inside"',
            '"back\\\\slash"',
            '"\\u00e9"',
            '"\\U0001F600"',
            '"\\b\\f\\n\\r"',
            '"bad \\q escape"',
            '"unterminated',
            '"\\ud800"',
            '"\\U00110000"',
            '"\\u12"',
            '"raw\ttab"',
            '"raw\x01control"',
            '"raw\x7fdel"',
            '"line\nbreak"',
            '"é literal"',
            '"\\e"',
            '"\\x41"',
            '"\\x4"',
            '"\\E"',
            '"a" "b"',
        ]
    ],
    # strings: multi-line basic
    *[
        ("multiline-basic", v)
        for v in [
            '"""\nfirst\nsecond"""',
            '"""one line"""',
            '"""\\\n   joined"""',
            '""""quoted""""',
            '"""""two"""""',
            '""""""',
            '"""unterminated',
            '"""a\r\nb"""',
            '"""a\rb"""',
            '"""\\ \n x"""',
            '""""""""',
            '"""\\e"""',
        ]
    ],
    # strings: literal and multi-line literal
    *[
        ("literal-string", v)
        for v in [
            "'c:\\path'",
            "''",
            "'it''s'",
            "'no end",
            "'tab\there'",
            "'line\nbreak'",
            "'\x00'",
            "'''\nfirst\nsecond'''",
            "''''quoted''''",
            "'''''two'''''",
            "''''''",
            "'''unterminated",
            "''''''''",
            "'''a\rb'''",
        ]
    ],
    # integers
    *[
        ("integer", v)
        for v in [
            "0",
            "+99",
            "-17",
            "1_000",
            "1__0",
            "_1",
            "1_",
            "012",
            "-0",
            "+0",
            "0xDEAD_BEEF",
            "0xdeadbeef",
            "0x",
            "0o755",
            "0o8",
            "0b1101",
            "0b2",
            "+0x1",
            "-0o7",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "9" * 5000,
            "1e",
            "0x_1",
            "0b1_",
            "١٢٣",
        ]
    ],
    # floats
    *[
        ("float", v)
        for v in [
            "1.0",
            "3.1415",
            "-0.01",
            "5e+22",
            "1e06",
            "-2E-2",
            "6.626e-34",
            "224_617.445_991",
            "-0.0",
            "+0.0",
            "inf",
            "+inf",
            "-inf",
            "nan",
            "+nan",
            "-nan",
            "1e400",
            "1e999999999",
            "1.",
            ".5",
            "1.e5",
            "1e",
            "1e_5",
            "1_.0",
            "0.1_",
            "Inf",
            "NaN",
            "1.0e",
            "01.5",
            "1e11",
            "1" * 400 + ".0",
        ]
    ],
    # booleans
    *[("boolean", v) for v in ["true", "false", "True", "FALSE", "tru", "truee", "yes"]],
    # dates and times
    *[
        ("datetime", v)
        for v in [
            "1979-05-27T07:32:00Z",
            "1979-05-27T00:32:00-07:00",
            "1979-05-27T00:32:00.999999-07:00",
            "1979-05-27 07:32:00Z",
            "1979-05-27T07:32:00",
            "1979-05-27T00:32:00.999999",
            "1979-05-27",
            "07:32:00",
            "00:32:00.999999",
            "1979-05-27T07:32:00.123456789Z",
            "1979-02-30",
            "1979-13-01",
            "1979-05-27T24:00:00",
            "1979-05-27T07:60:00",
            "1979-05-27T07:32:61",
            "07:32",
            "1979-05-27T07:32Z",
            "1979-05-27T07:32:00+24:00",
            "0001-01-01",
            "9999-12-31",
            "1979-5-27",
            "1979-05-27t07:32:00z",
            "1979-05-27T07:32:00+0700",
            "2026-02-29",
            "2024-02-29",
            "1979-05-27T",
        ]
    ],
    # arrays
    *[
        ("array", v)
        for v in [
            "[]",
            "[ 1, 2, 3 ]",
            '[ "red", "yellow" ]',
            "[ [ 1, 2 ], [3, 4, 5] ]",
            '[ 0.1, "a", 1979-05-27 ]',
            "[\n  1,\n  2, # a comment\n]",
            "[1,]",
            "[,]",
            "[1,,2]",
            "[1 2]",
            "[",
            "]",
            "[[]]",
            "[ { a = 1 }, { b = 2 } ]",
            "[\n# only a comment\n]",
            "[1\n,2]",
            "[" * 200 + "]" * 200,
            "[" * 3000 + "]" * 3000,
        ]
    ],
    # inline tables
    *[
        ("inline-table", v)
        for v in [
            "{}",
            "{ a = 1 }",
            '{ first = "Tom", last = "Preston-Werner" }',
            "{ x.y = 1 }",
            "{ a = 1, }",
            "{ a = 1\n}",
            "{\n  a = 1,\n  b = 2,\n}",
            "{ a = 1, a = 2 }",
            "{ a.b = 1, a.c = 2 }",
            "{ a.b = 1, a = 2 }",
            "{ a = { b = 1 } }",
            "{ a = 1 b = 2 }",
            "{",
            "{ = 1 }",
            "{ a = [ 1, 2 ] }",
            "{ a = 1 # c\n}",
            "{ a = 1, a.b = 2 }",
        ]
    ],
]

# (section, a piece of TOML structure)
STRUCTURE: list[tuple[str, str]] = [
    # keys
    *[
        ("key", v)
        for v in [
            "bare = 1",
            "bare_key-1 = 1",
            "1234 = 1",
            '"quoted key" = 1',
            "'literal key' = 1",
            '"" = 1',
            "'' = 1",
            "= 1",
            "key = ",
            "key",
            "a.b.c = 1",
            "a . b = 1",
            'site."google.com" = true',
            "3.14159 = 'pi'",
            "a b = 1",
            "é = 1",
            "key = 1 = 2",
            '"\\u0000" = 1',
            "a.b = 1\na.c = 2",
            "a = 1\na.b = 2",
        ]
    ],
    # duplicate keys
    *[
        ("duplicate", v)
        for v in [
            "a = 1\na = 2",
            'a = 1\n"a" = 2',
            "a = 1\n'a' = 2",
            "[t]\na = 1\n[t]\nb = 2",
            "[t]\n[t.x]\n[t]",
            "a.b = 1\n[a]\nc = 2",
            "[a]\nb.c = 1\n[a.b]\nd = 2",
            "a = {}\n[a]",
            "a = []\n[[a]]",
            "[[a]]\n[a]",
            "[a]\n[[a]]",
            "x = 1\nX = 2",
            "a.b = 1\na.b.c = 2",
        ]
    ],
    # tables
    *[
        ("table", v)
        for v in [
            "[table]",
            '[dog."tater.man"]\ntype.name = "pug"',
            "[ j . \"ʞ\" . 'l' ]",
            "[x.y.z.w]",
            "[]",
            "[a.]",
            "[.a]",
            "[a..b]",
            "[a]b = 1",
            "[a] # comment",
            "[a\n]",
            "[ a ]",
            "[a]\n[b]\n[a.c]",
            "[fruit]\napple.color = 1\n[fruit.apple]",
            '[""]',
            "[[]]",
            "[a]]",
        ]
    ],
    # arrays of tables
    *[
        ("array-of-tables", v)
        for v in [
            '[[products]]\nname = "Hammer"\n[[products]]\n[[products]]\nname = "Nail"',
            '[[fruits]]\nname = "apple"\n[fruits.physical]\ncolor = "red"\n[[fruits.varieties]]\nname = "x"',
            "[fruit.physical]\n[[fruit]]",
            "[[ a ]]",
            "[[a]",
            "[a]]",
            "[[a.b]]\n[a]",
            "a = [1]\n[[a]]",
        ]
    ],
    # comments, whitespace, newlines
    *[
        ("comment-space", v)
        for v in [
            "# only a comment",
            "a = 1 # trailing",
            "#\x01 control in comment",
            "# \x7f del in comment",
            "a = 1\r\nb = 2\r\n",
            "a = 1\rb = 2",
            "\ufeffa = 1",
            "a\t=\t1",
            "\n\n\n",
            "   \t  ",
            "a = 1   ",
            "a = 1 #",
            "a = 1\n\x00",
            "# é unicode comment",
            "a = 1\x0c",
            "a = 1\u2028b = 2",
            "a = 1\n\n\n# end",
        ]
    ],
]


def _embed_top(value: str) -> str:
    return complete_text("Acme Studio").replace(
        "schema_version = 1\n", f"schema_version = 1\nmine = {value}\n", 1
    )


def _embed_client(value: str) -> str:
    return complete_text("Acme Studio").replace("[client]\n", f"[client]\nmine = {value}\n", 1)


def toml_spec_corpus() -> list[tuple[str, str]]:
    """(identifier, file text) for every case, each in each of its forms."""
    files: list[tuple[str, str]] = []
    for n, (section, value) in enumerate(VALUES):
        files += [
            (f"{section}-{n}-whole", f"mine = {value}\n"),
            (f"{section}-{n}-top", _embed_top(value)),
            (f"{section}-{n}-client", _embed_client(value)),
            (f"{section}-{n}-array", _embed_top(f"[ {value} ]")),
        ]
    for n, (section, piece) in enumerate(STRUCTURE):
        files += [
            (f"{section}-{n}-whole", piece + "\n"),
            (f"{section}-{n}-after", complete_text("Acme Studio") + "\n" + piece + "\n"),
        ]
    return files
