"""Command line: ``python -m analysis analyze|compare|batch``.

The JSON it prints is public API (scripts depend on it): fields are added, never renamed.
Bad input ends with a one-line message on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError

if TYPE_CHECKING:
    from .io.tables import Record
    from .model import Article

# The analysis modules are imported inside each command, so ``python -m analysis --help`` and a typo in the
# arguments answer at once instead of after loading TextBlob, pandas and scikit-learn.
EXIT_BAD_INPUT = 2
EXIT_FAILURE = 1
SHOWN_ROWS = 5  # row numbers listed per reason a row was skipped


def warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def load_articles(paths: Sequence[str]) -> list[Article]:
    """The case study when no path is given, else the .txt files named (folders expanded)."""
    from .io.case_study import load_case_study
    from .io.files import expand_paths, read_text_file

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


def choose_cli_lexicon(
    name: str | None, articles: Sequence[Article], *, quiet: bool = False, tokens: Sequence[Any] | None = None
) -> Any:
    """The lexicon named by --lexicon, or, when none is given, the shipped one that fits the articles
    (``analysis.lexicon.fit``): its one-line note goes to stderr (``quiet``: the caller prints ``fit_note``);
    ``tokens``: one ``fit.TokensOnce`` per article, to keep the tokens the fit made."""
    from .lexicon.fit import choose_lexicon, shipped_lexicon
    from .lexicon.load import load_lexicon

    if name:
        return load_lexicon(name)
    chosen, note = choose_lexicon(articles, tokens=tokens)
    global fit_note
    fit_note = f"lexicon: {chosen} ({note})"
    if not quiet:
        print(fit_note, file=sys.stderr)
    return shipped_lexicon(chosen)


fit_note = ""  # the last lexicon-fit note (batch prints it with its summary, after every check has passed)


def cmd_analyze(args: argparse.Namespace) -> int:
    from .export.rows import ARTICLE_COLUMNS, article_row
    from .io.tables import rows_csv
    from .pipeline import analyze, between_articles, prepare_process, release_process

    articles = load_articles(args.paths)
    lexicon = choose_cli_lexicon(args.lexicon, articles)
    prepare_process(lexicon)
    reports = []
    try:
        for article in articles:
            report = analyze(article, lexicon)
            between_articles()
            for w in report.warnings:
                warn(f"{article.id}: {w}")
            reports.append(report)
    finally:
        release_process()
    if args.format == "json":
        json.dump([r.to_dict() for r in reports], sys.stdout, ensure_ascii=False, indent=args.indent)
        sys.stdout.write("\n")
    elif args.format == "csv":
        # Text cells that a spreadsheet would run as a formula ("=HYPERLINK(...)") are neutralised.
        sys.stdout.write(rows_csv((article_row(r) for r in reports), ARTICLE_COLUMNS))
    else:
        _write_table([article_row(r) for r in reports])
    return 0


STATUS_MARKS = {"reported": "R", "absent": ".", "different": "≠"}


def format_comparison(comparison: Any, *, width: int = 100) -> str:
    """A plain-text summary: similarity, distinctive terms, and the claims matrix."""
    ids = comparison.ids
    short = {i: i[:12] for i in ids}
    lines = []
    if comparison.similarity is not None:
        lines.append("Similarity (TF-IDF cosine)")
        lines.append(" " * 13 + " ".join(f"{short[i][:6]:>6}" for i in ids))
        for i, row in zip(ids, comparison.similarity, strict=True):
            lines.append(f"{short[i]:<12} " + " ".join(f"{x:6.2f}" for x in row))
    else:
        lines.append("Nearest neighbours (TF-IDF cosine)")
        for i in ids[:50]:
            lines.append(f"{short[i]:<12} " + ", ".join(f"{j} {s:.2f}" for j, s in comparison.neighbours[i]))
    pairs = comparison.near_duplicates
    lines.append("Near-duplicates: " + (", ".join(f"{a} ~ {b} ({s:.2f})" for a, b, s in pairs[:20]) or "none"))
    lines.append("")
    lines.append("Distinctive terms (z-score of weighted log-odds; more / less than the rest)")
    for i in ids[:50]:
        more = ", ".join(f"{t.term} {t.z:.1f}" for t in comparison.distinctive[i]) or "-"
        fewer = ", ".join(f"{t.term} {t.z:.1f}" for t in comparison.distinctive_less[i]) or "-"
        lines.append(f"{short[i]:<12} + {more}"[:width])
        lines.append(f"{'':<12} - {fewer}"[:width])
    if comparison.claims:
        lines.append("")
        lines.append("Claims (R reported, . absent, ≠ different)")
        lines.append(" ".join(short[i][:3] for i in ids) + "  summary")
        for claim in comparison.claims:
            marks = "   ".join(STATUS_MARKS[claim.articles[i]] for i in ids)
            lines.append(f"{marks}  {claim.summary}"[:width])
    lines.extend(f"note: {n}" for n in comparison.notes)
    return "\n".join(lines)


def cmd_compare(args: argparse.Namespace) -> int:
    """``python -m analysis compare [PATH ...] [--format json|table] [--lexicon L] [--top N]``."""
    from .compare import compare_articles

    articles = load_articles(args.paths)
    lexicon = choose_cli_lexicon(args.lexicon, articles)
    comparison = compare_articles(articles, lexicon=lexicon, top=args.top)
    if args.format == "json":
        json.dump(comparison.to_dict(), sys.stdout, ensure_ascii=False, indent=getattr(args, "indent", None))
        sys.stdout.write("\n")
    else:
        print(format_comparison(comparison))
    return 0


def _skip_summary(skipped: Counter[str], rows: dict[str, list[int]]) -> Iterator[str]:
    for reason, count in skipped.most_common():
        shown = ", ".join(str(r) for r in rows[reason][:SHOWN_ROWS])
        more = ", …" if count > SHOWN_ROWS else ""
        yield f"{count:,} row{'s' if count != 1 else ''} skipped, {reason}: row{'s' if count != 1 else ''} {shown}{more}"


def _check_paths(source: Path, output: Path, spans: bool) -> None:
    from .io.tables import input_format, output_format, spans_path

    input_format(source)
    output_format(output)
    if not source.exists():
        raise InputError(f"{source}: no such file")
    if not output.parent.is_dir():
        raise InputError(f"{output.parent}: no such folder for the output")
    outputs = [output, *([spans_path(output)] if spans else [])]
    if any(o.resolve() == source.resolve() for o in outputs):
        raise InputError(f"{output}: the output would overwrite the input")


# The lexicon fit tokenises the first chunk; its tokens go on to the analysis for up to this many characters
# of text (about 46 bytes of tokens a character: some 45 MB held at most), the rest are made again.
FIT_TOKENS_KEPT_CHARS = 1_000_000


def _kept_tokens(first: Sequence[tuple[int, dict[str, Any]]], made: Sequence[Any]) -> dict[int, Any]:
    """Row number -> the tokens the fit made for it, in row order, within ``FIT_TOKENS_KEPT_CHARS``."""
    kept: dict[int, Any] = {}
    budget = FIT_TOKENS_KEPT_CHARS
    for (row, _record), once in zip(first, made, strict=True):
        if once.made is None or len(once.text) > budget:
            continue
        budget -= len(once.text)
        kept[row] = once.made
    return kept


def _fit_first_chunk(
    args: argparse.Namespace, first: Sequence[tuple[int, dict[str, Any]]], *, local: bool
) -> tuple[Any, dict[int, Any] | None]:
    """Without --lexicon, the lexicon that fits the first chunk, applied to the whole corpus; and, for an
    analysis in this process (``local``: tokens are not worth pickling to another), the tokens the fit made,
    with the process readied for many articles (``pipeline.prepare_process``)."""
    from .lexicon.fit import TokensOnce
    from .model import Article

    sample = [Article(id=str(n), text=str(row.get("text") or "")) for n, row in first]
    fit_tokens = [TokensOnce(a.text) for a in sample]
    lexicon = choose_cli_lexicon(args.lexicon, sample, quiet=True, tokens=fit_tokens)
    if not local:
        return lexicon, None
    from .pipeline import prepare_process

    prepare_process(lexicon)  # this process is the one worker (a pool's workers prepare themselves)
    return lexicon, _kept_tokens(first, fit_tokens)


def cmd_batch(args: argparse.Namespace) -> int:
    """``python -m analysis batch``: stream the input through the analysis into the output file(s)."""
    from tqdm import tqdm

    from .batch import default_workers, iter_batches
    from .export.rows import ARTICLE_COLUMNS, SPAN_COLUMNS
    from .io.tables import TableWriter, count_rows, read_records, spans_path

    source, output = Path(args.input), Path(args.output)
    _check_paths(source, output, args.spans)
    if args.chunk_size < 1:
        raise InputError(f"--chunk-size must be 1 or more, not {args.chunk_size}")
    workers = default_workers() if args.workers is None else args.workers
    chunks = read_records(source, chunk_size=args.chunk_size)
    first = next(chunks, None)  # reads the header: a missing 'text' column fails before any work
    if first is None:
        raise InputError(f"{source}: no rows to analyse")
    local = workers == 1 and args.dask is None
    lexicon, made = _fit_first_chunk(args, first, local=local)

    writers = [TableWriter(output, ARTICLE_COLUMNS)]
    if args.spans:
        writers.append(TableWriter(spans_path(output), SPAN_COLUMNS))
    skipped: Counter[str] = Counter()
    skipped_rows: dict[str, list[int]] = {}
    started = time.perf_counter()
    tqdm.monitor_interval = 0  # no monitor thread: the worker pool forks after the bar exists
    quiet = args.no_progress or not sys.stderr.isatty()  # a log file gets the summary line, not a bar
    bar = tqdm(total=count_rows(source), unit=" articles", file=sys.stderr, disable=quiet)
    pending_articles: list[dict[str, Any]] = []
    pending_spans: list[dict[str, Any]] = []
    try:
        results = iter_batches(
            _chain(first, chunks), lexicon=lexicon, spans=args.spans, workers=workers, dask=args.dask, tokens=made
        )
        for result in results:
            pending_articles.extend(result.articles)
            pending_spans.extend(result.spans)
            for row, reason in result.skipped:
                skipped[reason] += 1
                shown = skipped_rows.setdefault(reason, [])
                if len(shown) < SHOWN_ROWS:
                    shown.append(row)
            bar.update(len(result.articles) + len(result.skipped))
            if len(pending_articles) >= args.chunk_size:
                writers[0].write(pending_articles)
                pending_articles = []
                if args.spans:
                    writers[1].write(pending_spans)
                    pending_spans = []
        writers[0].write(pending_articles)
        if args.spans:
            writers[1].write(pending_spans)
        for w in writers:
            w.close()
    except BaseException:
        for w in writers:
            w.abort()
        raise
    finally:
        bar.close()
        if local:
            from .pipeline import release_process

            release_process()

    for line in _skip_summary(skipped, skipped_rows):
        print(f"warning: {line}", file=sys.stderr)
    seconds = time.perf_counter() - started
    done = writers[0].rows
    where = f"{output}" + (f" and {writers[1].rows:,} span rows to {writers[1].path}" if args.spans else "")
    if fit_note and not args.lexicon:
        print(fit_note, file=sys.stderr)
    print(f"analysed {done:,} article{'s' if done != 1 else ''} in {seconds:.1f} s; wrote {where}", file=sys.stderr)
    if done == 0:
        print(f"error: none of the {sum(skipped.values()):,} rows could be analysed", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


def _chain(first: list[Record], rest: Iterator[list[Record]]) -> Iterator[list[Record]]:
    yield first
    yield from rest


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description="FrameLens analysis from the command line.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="framing, sentiment, sourcing and transparency for each article")
    p.add_argument("paths", nargs="*", help=".txt files or folders of them (default: the case study)")
    p.add_argument("--format", choices=("json", "csv", "table"), default="json")
    p.add_argument(
        "--lexicon",
        default=None,
        help="lexicon name in data/lexicons or a .toml path (default: the shipped lexicon that fits the articles)",
    )
    p.add_argument("--indent", type=int, default=None, help="indent the JSON output")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("compare", help="distinctive words, similarity and claims across articles")
    p.add_argument("paths", nargs="*", help=".txt files or folders of them (default: the case study)")
    p.add_argument("--format", choices=("json", "table"), default="json")
    p.add_argument("--lexicon", default=None, help="default: the shipped lexicon that fits the articles")
    p.add_argument("--top", type=int, default=15, help="distinctive terms per article")
    p.add_argument("--indent", type=int, default=None, help="indent the JSON output")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("batch", help="analyse a CSV, JSON lines or Parquet corpus into CSV or Parquet")
    p.add_argument("input", help="a .csv, .jsonl or .parquet file with a 'text' column")
    p.add_argument("-o", "--output", required=True, help="a .csv or .parquet file")
    p.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    p.add_argument("--spans", action="store_true", help="also write one row per evidence span")
    p.add_argument("--lexicon", default=None, help="default: the shipped lexicon that fits the first chunk")
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
    except InputError as exc:  # LexiconError, SettingsError and FetchError are InputErrors
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
