"""benchmarks/bench_build.py writes its table as the head of the results file and keeps the rounds recorded after it."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_build  # noqa: E402


def test_the_build_table_replaces_only_the_head_of_the_results_file(tmp_path):
    results = tmp_path / "results.md"
    results.write_text("# Build benchmark\n\nold table\n\n## Thirtieth round\n\nwhat a session measured\n", encoding="utf-8")
    bench_build.write_section(results, "# Build benchmark\n\nnew table\n")
    assert results.read_text(encoding="utf-8") == "# Build benchmark\n\nnew table\n\n## Thirtieth round\n\nwhat a session measured\n"


def test_the_next_section_of_any_level_is_kept(tmp_path):
    """The accuracy benchmark's "# " section after the build table stays, with its prose before the first round."""
    results = tmp_path / "results.md"
    results.write_text("# Build benchmark\n\nold table\n\n# Accuracy benchmark\n\nits prose\n\n## Thirtieth round\n\nmeasured\n",
                       encoding="utf-8")
    bench_build.write_section(results, "# Build benchmark\n\nnew table\n")
    assert results.read_text(encoding="utf-8") == (
        "# Build benchmark\n\nnew table\n\n# Accuracy benchmark\n\nits prose\n\n## Thirtieth round\n\nmeasured\n")


def test_a_new_results_file_holds_the_table_alone(tmp_path):
    results = tmp_path / "results.md"
    bench_build.write_section(results, "# Build benchmark\n\nnew table\n")
    assert results.read_text(encoding="utf-8") == "# Build benchmark\n\nnew table\n"
