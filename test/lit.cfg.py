# Lit configuration for the Adjoint plugin's FileCheck tests (test/rules, test/pass, ...).
import os

import lit.formats

config.name = "Adjoint"

# Use lit's internal shell unless LIT_USE_INTERNAL_SHELL=0 asks for bash.
use_lit_shell = os.environ.get("LIT_USE_INTERNAL_SHELL", "1") != "0"
config.test_format = lit.formats.ShTest(execute_external=not use_lit_shell)

config.suffixes = [".ll", ".c", ".cpp"]

# programs/ holds run-the-program tests (scripts/run-programs.sh), not lit tests.
config.excludes = [
    "Inputs",
    "programs",
    "CMakeLists.txt",
    "lit.cfg.py",
    "lit.site.cfg.py.in",
]

test_dir = os.path.dirname(os.path.abspath(__file__))
repo_root = os.path.dirname(test_dir)

# Settings come from the generated lit.site.cfg.py; the defaults below let
# lit run straight on the source folder as well. `--param adjoint_plugin=...`
# and `--param llvm_tools_dir=...` override either.
plugin = lit_config.params.get(
    "adjoint_plugin",
    getattr(config, "adjoint_plugin", os.path.join(repo_root, "build", "Adjoint.so")),
)
tools_dir = lit_config.params.get(
    "llvm_tools_dir", getattr(config, "llvm_tools_dir", "/usr/lib/llvm-19/bin")
)
source_root = getattr(config, "adjoint_source_root", repo_root)

config.test_source_root = getattr(config, "adjoint_test_source_dir", test_dir)
config.test_exec_root = getattr(
    config, "adjoint_test_binary_dir", os.path.join(repo_root, "build", "test")
)

if not os.path.exists(plugin):
    lit_config.warning("Adjoint plugin not found at %s" % plugin)


def tool(name):
    return os.path.join(tools_dir, name)


# FileCheck, not, count, ... from the LLVM 19 tools folder come first on PATH.
config.environment["PATH"] = os.pathsep.join(
    [tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))]
)

# Longer names first: lit applies substitutions in order.
config.substitutions.append(("%clangxx", tool("clang++")))
config.substitutions.append(("%clang", tool("clang")))
config.substitutions.append(("%opt", "%s -load-pass-plugin=%s" % (tool("opt"), plugin)))
config.substitutions.append(("%plugin", plugin))
config.substitutions.append(("%FileCheck", tool("FileCheck")))
config.substitutions.append(("%not", tool("not")))
config.substitutions.append(("%runtime_include", os.path.join(source_root, "runtime")))
