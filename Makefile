# The two commands: `make serve` and `make test`. Both install what is
# missing first (scripts/setup.sh), so they work on a fresh machine.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
PORT ?= 8080

.PHONY: setup build serve test lint native browser e2e bench

setup:
	scripts/setup.sh

build: setup
	trunk build --release --offline

serve: build
	node tests/e2e/serve.mjs dist $(PORT)

lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

native: setup
	cargo test

browser: setup
	cargo test --target wasm32-unknown-unknown --test browser

e2e: build
	node tests/e2e/run.mjs
	node tests/e2e/embed.mjs

test: lint native browser e2e

bench: build
	trunk build --release --offline=true --dist target/bench-dist tests/bench/index.html
	node tests/e2e/bench.mjs
