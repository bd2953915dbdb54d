# SPDX-License-Identifier: MIT
# The two commands: `make run` and `make test`. Everything else is a helper.
BUILD_DIR ?= build
CI_BUILD_DIR ?= build-ci
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo
JOBS ?= $(shell nproc)
DEMO_DB ?= $(BUILD_DIR)/demo.sqlite
DEMO_TICKETS ?= 20000
BENCH_TICKETS ?= 1000000

.PHONY: deps configure build run test test-core bench format format-check translations clean

deps:
	@bash scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# Opens the desktop app on a demo database, generated on first run.
run: build
	@if [ ! -f "$(DEMO_DB)" ]; then \
	  echo "Creating demo database $(DEMO_DB) ($(DEMO_TICKETS) tickets)"; \
	  rm -f "$(DEMO_DB).partial"*; \
	  $(BUILD_DIR)/app/cli/switchboard-cli --db "$(DEMO_DB).partial" demo --tickets $(DEMO_TICKETS) \
	    && mv "$(DEMO_DB).partial" "$(DEMO_DB)" || exit 1; \
	fi
	@$(BUILD_DIR)/app/gui/switchboard --db "$(DEMO_DB)"

# Every test, headless, warnings as errors; then core alone without QtGui/QtWidgets.
test: deps format-check
	@cmake -S . -B $(CI_BUILD_DIR) -G Ninja $(CMAKE_FLAGS) -DSWITCHBOARD_WERROR=ON >/dev/null
	@cmake --build $(CI_BUILD_DIR) -j $(JOBS)
	@cd $(CI_BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)
	@$(MAKE) --no-print-directory test-core

test-core:
	@cmake -S . -B $(BUILD_DIR)-core -G Ninja $(CMAKE_FLAGS) -DSWITCHBOARD_WERROR=ON -DSWITCHBOARD_BUILD_UI=OFF >/dev/null
	@cmake --build $(BUILD_DIR)-core -j $(JOBS)
	@cd $(BUILD_DIR)-core && ctest --output-on-failure -j $(JOBS)

bench: build
	@$(BUILD_DIR)/app/cli/switchboard-cli bench --tickets $(BENCH_TICKETS) --json

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

format-check:
	@git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

translations: configure
	@cmake --build $(BUILD_DIR) --target update_translations

clean:
	@rm -rf $(BUILD_DIR) $(CI_BUILD_DIR) $(BUILD_DIR)-core
