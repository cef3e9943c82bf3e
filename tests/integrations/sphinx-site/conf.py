# The Sphinx fixture of tests/integrations/sphinx.mjs: a site that uses the
# installed sphinx-dlvm-timeline wheel as a docs author would. The test
# builds it with html, dirhtml and text, with -j 2, and again with
# `-D language=es` and `-D dlvm_timeline_lang=es`.
project = "DLVM timeline in Sphinx"
author = "DLVM Support Timeline tests"
extensions = ["sphinx_dlvm_timeline"]
exclude_patterns = ["_build"]
# A substitution every page reads; only guide/deep/page.rst uses it, so only
# that page (and index.rst, with its own) gets the loader.
rst_epilog = """
.. |pytorch-2.4| replace:: :dlvm-badge:`pytorch/2.4`
"""
