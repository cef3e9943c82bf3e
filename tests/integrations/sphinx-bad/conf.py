# The failing fixture of tests/integrations/sphinx.mjs: each instance in
# index.rst has one problem the build must report (file, line, closest ids)
# and leave out of the page; -W must fail the build.
project = "DLVM timeline: bad instances"
extensions = ["sphinx_dlvm_timeline"]
