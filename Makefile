# The two commands: `make serve` and `make test`. Both install what is
# missing first (scripts/setup.sh), so they work on a fresh machine.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
PORT ?= 8080

.PHONY: setup build wheels release serve test lint native refresh-proof browser e2e bench bench-scan fuzz

setup:
	scripts/setup.sh

build: setup
	trunk build --release --offline

# The docs integrations' wheels (Sphinx extension, MkDocs plugin), each
# carrying the bundle and the core's facts: target/wheels.
wheels: build
	scripts/wheels.sh target/wheels

# Every artifact of this version, reproducibly: target/artifacts (the web
# tarball, the command line, the npm package, the wheels, SHA256SUMS,
# RELEASE.md), each with THIRD-PARTY-LICENSES.
release: build
	scripts/release.sh target/artifacts

serve: build
	node tests/e2e/serve.mjs dist $(PORT)

lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	CLIPPY_CONF_DIR=lints/wasm cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings
	CLIPPY_CONF_DIR=lints/wasm cargo clippy --target wasm32-unknown-unknown --no-default-features --features lite --lib --bin dlvm-lite -- -D warnings
	tests/scripts/workflows.sh

native: setup
	cargo test
	node tests/scripts/sarif.mjs
	node tests/scripts/docs.mjs
	node --test tests/scripts/licenses.test.mjs
	node scripts/licenses.mjs --check
	tests/scripts/changelog.sh
	$(MAKE) refresh-proof

# Tests that survive a refresh: the native tests built with a refreshed copy
# of the catalog in place of the shipped one (tests/scripts/refresh-catalog.mjs:
# versions added, a date moved, a record removed). Every test passes
# unchanged but the shipped data's own: tests/catalog.rs and the modules
# named shipped_data.
REFRESHED := $(CURDIR)/target/refreshed-catalog.json
NATIVE_TESTS := $(filter-out catalog browser,$(basename $(notdir $(wildcard tests/*.rs))))

refresh-proof: setup
	mkdir -p target
	node tests/scripts/refresh-catalog.mjs $(REFRESHED)
	DLVM_CATALOG=$(REFRESHED) cargo test --lib --bins $(addprefix --test ,$(NATIVE_TESTS)) -- --skip shipped_data

browser: setup
	cargo test --target wasm32-unknown-unknown --test browser

e2e: build wheels
	node tests/scripts/short-imports.mjs
	node tests/scripts/ascii-strings.mjs
	node tests/scripts/lean-glue.mjs
	node tests/e2e/run.mjs
	node tests/e2e/embed.mjs
	node tests/e2e/a11y.mjs
	node tests/e2e/robust.mjs
	node tests/e2e/sites.mjs
	node tests/e2e/share.mjs
	node tests/integrations/sphinx.mjs
	node tests/integrations/mkdocs.mjs
	node tests/e2e/spa.mjs
	node tests/e2e/release.mjs
	tests/scripts/release.sh

test: lint native browser e2e

bench: build
	trunk build --release --offline=true --dist target/bench-dist tests/bench/index.html
	node tests/e2e/bench.mjs

# The scan benchmark (not part of make test): the CI command line built with
# its own profile, against ripgrep (Debian's package) on a generated tree.
bench-scan: setup
	command -v rg >/dev/null || { echo "bench-scan needs ripgrep (apt-get install ripgrep)"; exit 1; }
	cargo build --profile cli --bin dlvm-timeline
	node tests/bench/scan.mjs

# Fuzzing (not part of make test): every parser of outside input, each for
# FUZZ_SECONDS from the committed seeds in fuzz/corpus (new inputs go to
# target/fuzz-corpus). Needs the nightly toolchain and cargo-fuzz.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := catalog link embed_attributes lookup calendar

fuzz:
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	for t in $(FUZZ_TARGETS); do \
	  mkdir -p target/fuzz-corpus/$$t; \
	  cargo +nightly fuzz run $$t target/fuzz-corpus/$$t fuzz/corpus/$$t -- -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 2>&1 | tee target/fuzz-$$t.log | tail -n 12; \
	  test $${PIPESTATUS[0]} -eq 0 || exit 1; \
	done
