from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_installs_and_tests_exactly_as_the_readme_says():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    install = next(line for line in ci if line.startswith("pip install"))
    test = next(line for line in ci if line.startswith("python -m pytest"))
    head = readme.split("\n## ")[0]  # the two commands open the README
    assert install in head and test in head
    assert head.index(install) < head.index(test)


def test_every_link_of_the_readme_and_docs_lands_inside_the_repository():
    import re

    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), *sorted((ROOT / "docs").glob("*/*.md"))]
    for page in pages:
        for target in re.findall(r"\]\(([^)#\s]+)", page.read_text(encoding="utf-8")):
            if "://" in target:
                continue
            resolved = (page.parent / target).resolve()
            assert resolved.is_relative_to(ROOT), f"{page.name} links outside the repository: {target}"
            assert resolved.exists(), f"{page.name} links to {target}, which does not exist"
