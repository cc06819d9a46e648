# lit configuration for every torch-tidy test suite. The tools' paths come
# from the build (build/test/lit.site.cfg.py, written by CMake).
import os

import lit.formats

config.name = "torch-tidy"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "mock-drift", "support", "oracle.h",
                   "CMakeLists.txt", "lit.site.cfg.py.in"]

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if not getattr(config, "torch_tidy_site_loaded", False):
    # lit runs on the source tree: read the site config of the build.
    build = os.environ.get("TORCH_TIDY_BUILD", os.path.join(root, "build"))
    site = os.path.join(build, "test", "lit.site.cfg.py")
    if not os.path.exists(site):
        lit_config.fatal("no %s: configure the build first "
                         "(bash scripts/build.sh)" % site)
    config.torch_tidy_site_loaded = True
    lit_config.load_config(config, site)
build = config.torch_tidy_build
tools = config.llvm_tools_dir
python = config.python_executable

config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(build, "test")
config.environment["TORCH_TIDY_BUILD"] = build
config.environment["TORCH_TIDY_LLVM_TOOLS"] = tools
config.environment["PATH"] = os.pathsep.join(
    [tools, config.environment.get("PATH", os.environ["PATH"])])

inputs = os.path.join(root, "test", "checkers", "Inputs")
support = os.path.join(root, "test", "support")
# The SARIF 2.1.0 JSON schema, for the tests that validate SARIF output:
# $SARIF_SCHEMA, or shared/data/sarif-schema-2.1.0.json in the nearest
# parent directory of the repository that has one.
sarif_schema = os.environ.get("SARIF_SCHEMA", "")
parent = os.path.dirname(root)
while not sarif_schema and parent != os.path.dirname(parent):
    candidate = os.path.join(parent, "shared", "data", "sarif-schema-2.1.0.json")
    if os.path.isfile(candidate):
        sarif_schema = candidate
    parent = os.path.dirname(parent)
if sarif_schema and os.path.isfile(sarif_schema):
    config.available_features.add("sarif-schema")
    config.substitutions.append(("%sarif_schema", sarif_schema))

# The fuzz targets exist in the sanitized build only (scripts/sanitize.sh).
fuzz_bin = os.path.join(build, "checker", "fuzz")
if os.path.exists(os.path.join(fuzz_bin, "fuzz_rule_file")):
    config.available_features.add("fuzzers")
for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS"):
    if name in os.environ:
        config.environment[name] = os.environ[name]

# A sanitized build (scripts/sanitize.sh) has no plugin: an ASan-built
# library cannot load into Debian's clang-tidy-19. Its tests run the same
# checks through its torch-tidy binary instead.
plugin_tidy = (os.path.join(tools, "clang-tidy") + " --load="
               + os.path.join(build, "lib", "libTorchTidy.so"))
if getattr(config, "torch_tidy_sanitized", False):
    plugin_tidy = os.path.join(build, "bin", "torch-tidy")
    config.environment["TORCH_TIDY_SANITIZED"] = "1"

config.substitutions += [
    ("%fuzz_bin", fuzz_bin),
    ("%check_torch_tidy",
     "%s %s" % (python, os.path.join(root, "test", "check_torch_tidy.py"))),
    ("%torch_tidy", os.path.join(build, "bin", "torch-tidy")),
    ("%clang_tidy_plugin", plugin_tidy),
    ("%plugin", os.path.join(build, "lib", "libTorchTidy.so")),
    ("%mock_flags", "-isystem %s -isystem %s" % (inputs, support)),
    ("%real_flags", "-I/usr/include/torch/csrc/api/include -isystem "
     + support),
    ("%oracle_bin", os.path.join(build, "test", "oracle")),
    ("%examples_bin", os.path.join(build, "examples")),
    ("%modelfile_bin", os.path.join(build, "checker", "modelfile")),
    ("%modelfile_san_bin", os.path.join(build, "modelfile-sanitize")),
    ("%model_info", os.path.join(build, "bin", "torch-tidy-model-info")),
    ("%unittests", os.path.join(build, "bin", "torch-tidy-unittests")),
    ("%python", python),
    ("%run_torch_tidy", os.path.join(build, "bin", "run-torch-tidy")),
    ("%build_dir", build),
    # The interpreter run-torch-tidy runs with (Debian's, with python3-yaml).
    ("%runner_python", "/usr/bin/python3"),
    ("%make_project", "%s %s" % (python, os.path.join(
        root, "test", "runner", "Inputs", "make_project.py"))),
    ("%repo", root),
]
