# Thin wrapper around scripts/setup-deps.sh, CMake and CTest. See README.md.
BUILD_DIR ?= build
ASAN_BUILD_DIR ?= build-asan
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
ifeq ($(CI),true)
  CMAKE_FLAGS += -DSLUICE_WERROR=ON
endif

.PHONY: setup build build-asan test test-fast test-asan demo bench format clean

setup:
	bash scripts/setup-deps.sh

build: setup
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS) >/dev/null
	cmake --build $(BUILD_DIR) -j $(JOBS)

build-asan: setup
	cmake -S . -B $(ASAN_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSLUICE_SANITIZE=ON $(CMAKE_FLAGS) >/dev/null
	cmake --build $(ASAN_BUILD_DIR) -j $(JOBS)

# Every test, in the normal build and then under AddressSanitizer + UBSan.
test: build build-asan
	bash scripts/run-tests.sh $(BUILD_DIR) $(ASAN_BUILD_DIR)

# Only the normal build (quicker while developing).
test-fast: build
	bash scripts/run-tests.sh $(BUILD_DIR)

demo: build
	bash scripts/demo.sh $(BUILD_DIR)

format:
	find src tools test bench -name '*.h' -o -name '*.cc' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR) $(ASAN_BUILD_DIR)
