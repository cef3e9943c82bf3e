# A small Sphinx site that embeds the widget the way a docs author would
# (tests/e2e/sites.mjs builds it with Furo and with the Read the Docs theme:
# `sphinx-build -D html_theme=furo|sphinx_rtd_theme`).
project = "DLVM widget host"
author = "DLVM Support Timeline tests"
html_theme = "furo"
html_title = "DLVM widget host"
# The widget's files are copied next to the built pages (dist/ -> dlvm/).
html_js_files = [("../dlvm/embed.js", {"type": "module"})]
html_static_path = []
