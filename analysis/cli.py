"""Command line: ``python -m analysis analyze|compare|batch``.

The JSON it prints is public API (scripts depend on it): fields are added, never renamed.
Bad input ends with a one-line message on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from .errors import InputError, LexiconError
from .export.rows import ARTICLE_COLUMNS, article_row
from .io.case_study import load_case_study
from .io.files import expand_paths, read_text_file
from .io.tables import rows_csv
from .lexicon.load import DEFAULT_LEXICON, load_lexicon
from .model import Article
from .pipeline import analyze, prepare_process

EXIT_BAD_INPUT = 2
EXIT_FAILURE = 1


def warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def load_articles(paths: Sequence[str]) -> list[Article]:
    """The case study when no path is given, else the .txt files named (folders expanded)."""
    if not paths:
        return load_case_study()
    articles = []
    for path in expand_paths(paths):
        article, warnings = read_text_file(path)
        for w in warnings:
            warn(w)
        articles.append(article)
    return articles


def _write_table(rows: list[dict[str, Any]]) -> None:
    columns = (
        "id",
        "outlet",
        "framing_position",
        "polarity",
        "subjectivity",
        "attributions",
        "sources_named",
        "sources_anonymous",
        "transparency",
    )
    widths = {c: max(len(c), *(len(str(r.get(c, ""))[:40]) for r in rows)) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    for r in rows:
        print("  ".join(str(r.get(c, ""))[:40].ljust(widths[c]) for c in columns))


def cmd_analyze(args: argparse.Namespace) -> int:
    lexicon = load_lexicon(args.lexicon)
    prepare_process(lexicon)
    reports = []
    for article in load_articles(args.paths):
        report = analyze(article, lexicon)
        for w in report.warnings:
            warn(f"{article.id}: {w}")
        reports.append(report)
    if args.format == "json":
        json.dump([r.to_dict() for r in reports], sys.stdout, ensure_ascii=False, indent=args.indent)
        sys.stdout.write("\n")
    elif args.format == "csv":
        # Text cells that a spreadsheet would run as a formula ("=HYPERLINK(...)") are neutralised.
        sys.stdout.write(rows_csv((article_row(r) for r in reports), ARTICLE_COLUMNS))
    else:
        _write_table([article_row(r) for r in reports])
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from .compare.comparison import run_compare

    return run_compare(args)


def cmd_batch(args: argparse.Namespace) -> int:
    from .batch import run_batch

    return run_batch(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description="FrameLens analysis from the command line.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="framing, sentiment, sourcing and transparency for each article")
    p.add_argument("paths", nargs="*", help=".txt files or folders of them (default: the case study)")
    p.add_argument("--format", choices=("json", "csv", "table"), default="json")
    p.add_argument("--lexicon", default=DEFAULT_LEXICON, help="lexicon name in data/lexicons or a .toml path")
    p.add_argument("--indent", type=int, default=None, help="indent the JSON output")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("compare", help="distinctive words, similarity and claims across articles")
    p.add_argument("paths", nargs="*", help=".txt files or folders of them (default: the case study)")
    p.add_argument("--format", choices=("json", "table"), default="json")
    p.add_argument("--lexicon", default=DEFAULT_LEXICON)
    p.add_argument("--top", type=int, default=15, help="distinctive terms per article")
    p.add_argument("--indent", type=int, default=None, help="indent the JSON output")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("batch", help="analyse a CSV, JSON lines or Parquet corpus into CSV or Parquet")
    p.add_argument("input", help="a .csv, .jsonl or .parquet file with a 'text' column")
    p.add_argument("-o", "--output", required=True, help="a .csv or .parquet file")
    p.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    p.add_argument("--spans", action="store_true", help="also write one row per evidence span")
    p.add_argument("--lexicon", default=DEFAULT_LEXICON)
    p.add_argument("--chunk-size", type=int, default=500, help="articles read and written at a time")
    p.add_argument("--dask", metavar="ADDRESS", default=None, help="run on an existing Dask cluster")
    p.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    p.set_defaults(func=cmd_batch)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (InputError, LexiconError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the promise is: never a traceback
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
