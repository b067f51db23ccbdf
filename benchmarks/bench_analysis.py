"""Benchmark: analysis throughput on one core beside its floor (split + TextBlob per sentence), same run.

Corpora: the case-study body sentences reshuffled into N articles of ~600 words (analysis.synthetic).
The floor is syntok's split (``common.floor_sentences``) plus ``TextBlob(s).sentiment`` per sentence, nothing else; a second floor
uses ``textblob.en.sentiment``, which the pipeline calls. The three run interleaved block by block, so a
busy neighbour slows them alike. Throughput is per CPU-second of this process (= per core); wall time
is shown too. Targets: analysis >= 0.8x the floor's throughput, <= 1.25x its time per 600-word article.

    python benchmarks/bench_analysis.py                      # N = 100, 1,000, 10,000
    python benchmarks/bench_analysis.py --sizes 300 --per-article 20 --profile 150 --no-append
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Sequence

from common import ROOT, floor_sentences, record, table, timed
from textblob import TextBlob
from textblob.en import sentiment as pattern_sentiment

from analysis import analyze, load_case_study, load_lexicon
from analysis.model import Article
from analysis.pipeline import between_articles, prepare_process
from analysis.text.sentences import split_sentences
from benchmarks.synthetic import synthetic_articles

TARGET_THROUGHPUT = 0.8
TARGET_TIME = 1.25
BLOCKS = 10


def floor(article: Article) -> None:
    """The floor: offline sentence split, then TextBlob's sentiment of each sentence."""
    for s in floor_sentences(article.text):
        TextBlob(s).sentiment  # noqa: B018 (computing it is the point)


def floor_en(article: Article) -> None:
    """The floor with the pattern analyser the pipeline calls (no TextBlob object per sentence)."""
    for s in floor_sentences(article.text):
        pattern_sentiment(s)


def contenders(lexicon) -> dict[str, Callable[[Article], object]]:
    return {"analysis": lambda a: analyze(a, lexicon), "floor": floor, "floor (textblob.en)": floor_en}


def throughput(n: int, lexicon) -> dict[str, object]:
    """Articles per CPU-second for analysis and both floors, interleaved in blocks.

    The corpus is made block by block, as batch reads it in chunks: 10,000 articles held at once would
    make every garbage collection of the run walk them, which batch never does.
    """
    runs = contenders(lexicon)
    for run in runs.values():
        run(synthetic_articles(1)[0])  # warm up lexicons and matchers
    cpu: dict[str, float] = defaultdict(float)
    wall: dict[str, float] = defaultdict(float)
    words_total = 0
    size = max(1, -(-n // BLOCKS))
    for b, at in enumerate(range(0, n, size)):
        block = synthetic_articles(min(size, n - at), start=at)
        words_total += sum(len(a.text.split()) for a in block)
        names = list(runs)
        names = names[b % len(names) :] + names[: b % len(names)]  # rotate who goes first
        for name in names:
            with timed() as t:
                for a in block:
                    runs[name](a)
                    between_articles()  # after --prepare: each contender's garbage collected between articles
            cpu[name] += t.result.cpu
            wall[name] += t.result.wall
    words = words_total / n
    row: dict[str, object] = {"N": n, "words/article": round(words)}
    for name in runs:
        row[f"{name} art/s"] = n / cpu[name]
    row["analysis ÷ floor (throughput)"] = cpu["floor"] / cpu["analysis"]
    row["analysis ÷ floor (textblob.en)"] = cpu["floor (textblob.en)"] / cpu["analysis"]
    row["wall s (analysis/floor)"] = f"{wall['analysis']:.1f} / {wall['floor']:.1f}"
    row["≥ 0.8×"] = row["analysis ÷ floor (throughput)"] >= TARGET_THROUGHPUT
    return row


def per_article(articles: Sequence[Article], lexicon, repeats: int = 5) -> list[dict[str, object]]:
    """Each article's time to analyse ÷ its floor time (best of ``repeats`` CPU timings each)."""
    runs = contenders(lexicon)
    out = []
    for a in articles:
        best = {}
        for name, run in runs.items():
            run(a)
            times = []
            for _ in range(repeats):  # nothing is cached between analyses: each repeat pays for all its passes
                start = time.process_time()
                run(a)
                times.append(time.process_time() - start)
            best[name] = min(times)
        out.append(
            {
                "id": a.id,
                "words": len(a.text.split()),
                "analysis ms": best["analysis"] * 1000,
                "floor ms": best["floor"] * 1000,
                "floor (textblob.en) ms": best["floor (textblob.en)"] * 1000,
                "÷ floor": best["analysis"] / best["floor"],
                "÷ floor (textblob.en)": best["analysis"] / best["floor (textblob.en)"],
            }
        )
    return out


def summarize(rows: list[dict[str, object]], label: str) -> dict[str, object]:
    ratios = sorted(r["÷ floor"] for r in rows)
    en = sorted(r["÷ floor (textblob.en)"] for r in rows)
    return {
        "articles": label,
        "median ÷ floor": statistics.median(ratios),
        "p90 ÷ floor": ratios[int(0.9 * (len(ratios) - 1))],
        "max ÷ floor": ratios[-1],
        "median ÷ floor (textblob.en)": statistics.median(en),
        "median analysis ms": statistics.median(r["analysis ms"] for r in rows),
        "median floor ms": statistics.median(r["floor ms"] for r in rows),
        "≤ 1.25× (median)": statistics.median(ratios) <= TARGET_TIME,
    }


def stages(articles: Sequence[Article], lexicon) -> list[dict[str, object]]:
    """CPU ms per article for each stage of ``analyze`` and each part of the floor (profile without a profiler)."""
    from dataclasses import replace

    from analysis.stages.actors import find_mentions
    from analysis.stages.boilerplate import with_boilerplate
    from analysis.stages.discovery import discover_labels
    from analysis.stages.framing import find_actor_labels, find_terms
    from analysis.stages.loaded import find_loaded
    from analysis.stages.sentiment import analyze_sentiment
    from analysis.stages.sourcing import analyze_sourcing
    from analysis.stages.transparency import analyze_transparency
    from analysis.text.doc import Doc
    from analysis.text.quotes import quote_spans
    from analysis.text.tokens import tokenize

    totals: dict[str, float] = defaultdict(float)

    def tick(name: str, fn: Callable[[], object]) -> object:
        start = time.process_time()
        value = fn()
        totals[name] += time.process_time() - start
        return value

    analyze(articles[0], lexicon)
    for article in articles:
        a = tick("boilerplate lines", lambda article=article: with_boilerplate(article, lexicon))
        doc = tick("Doc: sentences, tokens, quotes", lambda a=a: Doc(a))
        tick(
            "  of which split_sentences (the floor splits with syntok's own tokenizer)",
            lambda a=a: split_sentences(a.text, a.boilerplate),
        )
        tick("  of which tokens", lambda a=a: tokenize(a.text))
        tick("  of which quotes", lambda a=a: quote_spans(a.text))
        ms = tick("actors", lambda doc=doc: find_mentions(doc, lexicon))
        tick("framing: lexicon terms", lambda doc=doc, ms=ms: find_terms(doc, ms, lexicon))
        tick("framing: lexicon labels", lambda doc=doc, ms=ms: find_actor_labels(doc, ms, lexicon))
        tick("framing: discovered labels", lambda doc=doc, ms=ms: discover_labels(doc, lexicon, ms))
        fr = analyze_framing_quiet(doc, ms, lexicon)
        se = tick(
            "sentiment (TextBlob analyser, loaded copy, + spans)", lambda doc=doc, ms=ms: analyze_sentiment(doc, ms)
        )
        so = tick("sourcing", lambda doc=doc, ms=ms: analyze_sourcing(doc, lexicon, ms))
        ld = tick("loaded language", lambda doc=doc, so=so: find_loaded(doc, lexicon, so))
        fr = replace(fr, loaded=ld[0], loaded_quoted=ld[1])
        tick("transparency", lambda doc=doc, fr=fr, se=se, so=so: analyze_transparency(doc, fr, se, so, lexicon))
        tick("looks_english", lambda doc=doc: doc.english)
        tick("floor: TextBlob(s).sentiment", lambda doc=doc: [TextBlob(s.text).sentiment for s in doc.sentences])
        tick("floor: textblob.en.sentiment", lambda doc=doc: [pattern_sentiment(s.text) for s in doc.sentences])
        tick("analyze() whole", lambda article=article: analyze(article, lexicon))
    n = len(articles)
    return [{"stage": k, "ms/article": v / n * 1000} for k, v in totals.items()]


def analyze_framing_quiet(doc, mentions, lexicon):
    from analysis.stages.framing import analyze_framing

    return analyze_framing(doc, mentions, lexicon)


def profile(articles: Sequence[Article], lexicon, top: int = 15) -> list[dict[str, object]]:
    """cProfile of ``analyze`` over ``articles``: the functions with the most time of their own."""
    import cProfile
    import pstats

    analyze(articles[0], lexicon)
    profiler = cProfile.Profile()
    profiler.enable()
    for a in articles:
        analyze(a, lexicon)
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    total = sum(v[2] for v in stats.values())
    rows = []
    for (path, line, name), (_, calls, own, cumulative, _) in sorted(stats.items(), key=lambda kv: -kv[1][2])[:top]:
        where = path.split("site-packages/")[-1].replace(str(ROOT) + "/", "")
        rows.append(
            {
                "function": f"{where}:{line} {name}",
                "calls/article": calls / len(articles),
                "own ms/article": own / len(articles) * 1000,
                "own share": f"{own / total:.0%}",
                "cumulative ms/article": cumulative / len(articles) * 1000,
            }
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10_000])
    parser.add_argument("--per-article", type=int, default=100, help="synthetic articles timed one by one")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile analyze() over N articles")
    parser.add_argument(
        "--prepare",
        action="store_true",
        help="first run pipeline.prepare_process (gc.freeze after loading, collection between articles), as batch "
        "workers and the CLI do",
    )
    parser.add_argument("--no-append", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args(argv)
    lexicon = load_lexicon()
    if args.prepare:
        prepare_process(lexicon)  # analysis and floor alike then run with the loaded word lists set aside

    rows = []
    for n in args.sizes:
        rows.append(throughput(n, lexicon))
        print(f"N={n:,} done", flush=True)
    columns = list(rows[0])
    process = "after `prepare_process` (as batch workers and the CLI run)" if args.prepare else "plain"
    body = [
        f"### Throughput per core (articles per CPU-second, one process; {process})",
        "",
        table(rows, columns),
        "",
    ]

    synthetic = per_article(synthetic_articles(args.per_article), lexicon)
    case = per_article(load_case_study(), lexicon)
    summary = [summarize(synthetic, f"{len(synthetic)} synthetic (~600 words)"), summarize(case, "5 case study")]
    body += [
        "### Per article: analysis time ÷ floor time (best of 5 CPU timings each)",
        "",
        table(summary, list(summary[0])),
        "",
        table(case, list(case[0])),
        "",
    ]
    body += [
        "### Where the time goes (CPU ms per article, 300 synthetic articles)",
        "",
        table(stages(synthetic_articles(300), lexicon), ["stage", "ms/article"]),
        "",
    ]
    if args.profile:
        body += [
            f"### Profile (cProfile, {args.profile} synthetic articles; the profiler inflates small calls)",
            "",
            table(
                profile(synthetic_articles(args.profile), lexicon),
                ["function", "calls/article", "own ms/article", "own share", "cumulative ms/article"],
            ),
            "",
        ]
    record("Analysis throughput beside its floor", "\n".join(body), argv=argv, append=not args.no_append)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
