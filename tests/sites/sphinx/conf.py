# A small Sphinx site that embeds the widget the way a docs author would,
# through the installed wheel (sphinx-dlvm-timeline): one line of
# configuration, a directive and a role. tests/e2e/sites.mjs builds it with
# Furo and with the Read the Docs theme
# (`sphinx-build -D html_theme=furo|sphinx_rtd_theme`).
project = "DLVM widget host"
author = "DLVM Support Timeline tests"
html_theme = "furo"
html_title = "DLVM widget host"
extensions = ["sphinx_dlvm_timeline"]
