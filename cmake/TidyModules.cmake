# The clang-tidy modules build/bin/torch-tidy links besides the torch
# checks, written once: the libraries to link, and (through
# torch_tidy_write_anchors) the anchors that keep each module's
# registration when linking statically.
set(TORCH_TIDY_TIDY_MODULES Abseil Altera Android Boost Bugprone CERT
  Concurrency CppCoreGuidelines Darwin Fuchsia Google HICPP LinuxKernel LLVM
  LLVMLibc Misc Modernize MPI ObjC OpenMP Performance Portability Readability
  Zircon)

set(TORCH_TIDY_TIDY_LIBS clangTidyMain clangTidy clangTidyUtils clangTidyPlugin)
foreach(m IN LISTS TORCH_TIDY_TIDY_MODULES)
  list(APPEND TORCH_TIDY_TIDY_LIBS clangTidy${m}Module)
endforeach()

# Writes OUT: one TORCH_TIDY_ANCHOR(Module) line per module.
function(torch_tidy_write_anchors OUT)
  set(body "")
  foreach(m IN LISTS TORCH_TIDY_TIDY_MODULES)
    string(APPEND body "TORCH_TIDY_ANCHOR(${m})\n")
  endforeach()
  file(WRITE "${OUT}.tmp" "${body}")
  file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
endfunction()
