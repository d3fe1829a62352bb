"""Prints a database's schema as text that two databases of the same schema print alike.

  python3 normalise-schema.py sqlite path/to/folio.db
  pg_dump --schema-only … | python3 normalise-schema.py postgres

Used by compare-schema.sh. Whitespace is collapsed, and the columns and constraints of each table
are sorted: a column that a later migration added sits last in its table, while a squashed
CREATE TABLE lists it among the others.
"""
import re
import sqlite3
import sys


def collapse(text):
    return re.sub(r"\s+", " ", text).strip()


def top_level_parts(text):
    """Splits a CREATE TABLE body at the commas that are not inside parentheses or quotes."""
    parts, depth, quote, current = [], 0, None, ""
    for char in text:
        if quote:
            quote = None if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += char
    parts.append(current)
    return [collapse(part) for part in parts]


def sqlite_schema(path):
    rows = sqlite3.connect(path).execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
    for kind, name, table, sql in rows:
        if sql and sql.startswith("CREATE TABLE"):
            opening, closing = sql.index("("), sql.rindex(")")
            print(f"{kind} {name}")
            for part in sorted(top_level_parts(sql[opening + 1:closing])):
                print(f"    {part}")
        else:
            print(f"{kind} {name} on {table}: {collapse(sql or '(made by a constraint)')}")


def postgres_schema(dump):
    noise = ("--", "SET ", "SELECT pg_catalog.set_config", "\\restrict", "\\unrestrict")
    columns = None
    for line in dump:
        line = line.rstrip()
        if not line or line.startswith(noise):
            continue
        if columns is None and line.startswith("CREATE TABLE") and line.endswith("("):
            print(line)
            columns = []
        elif columns is not None and line.startswith(")"):
            for column in sorted(columns):
                print(f"    {column}")
            print(line)
            columns = None
        elif columns is not None:
            columns.append(line.strip().rstrip(","))
        else:
            print(line)


if __name__ == "__main__":
    if sys.argv[1] == "sqlite":
        sqlite_schema(sys.argv[2])
    else:
        postgres_schema(sys.stdin)
