# torch-tidy.cmake: run torch-tidy on C++ targets while they compile.
#
#   include(path/to/torch-tidy.cmake)
#   torch_tidy_enable(my_app my_lib)     # the targets to check
#
# or, for every C++ target defined after the include:
#
#   set(TORCH_TIDY_ALL_TARGETS ON)
#   include(path/to/torch-tidy.cmake)
#
# Cache variables (set with -D on the cmake command line):
#   TORCH_TIDY                      ON/OFF switch (default ON)
#   TORCH_TIDY_EXECUTABLE           torch-tidy binary (default: found on PATH)
#   TORCH_TIDY_CHECKS               --checks value (default -*,torch-*,-torch-debug-*)
#   TORCH_TIDY_WARNINGS_AS_ERRORS   e.g. torch-* to fail the build on warnings
#   TORCH_TIDY_RULE_FILES           rule files (a CMake list) for TorchRuleFiles,
#                                   relative to the top source directory
#   TORCH_TIDY_EXTRA_ARGS           more arguments, e.g. --load=.../libTorchTidy.so
#                                   when TORCH_TIDY_EXECUTABLE is Debian's clang-tidy-19
#
# CMake runs the tool from the build tree, so relative TorchRuleFiles paths in
# a .clang-tidy file do not resolve there; use TORCH_TIDY_RULE_FILES instead.

option(TORCH_TIDY "Run torch-tidy on C++ targets while they compile" ON)
set(TORCH_TIDY_EXECUTABLE "" CACHE FILEPATH "torch-tidy binary")
set(TORCH_TIDY_CHECKS "-*,torch-*,-torch-debug-*" CACHE STRING "torch-tidy --checks")
set(TORCH_TIDY_WARNINGS_AS_ERRORS "" CACHE STRING "torch-tidy --warnings-as-errors")
set(TORCH_TIDY_RULE_FILES "" CACHE STRING "Rule files layered on the built-in rules")
set(TORCH_TIDY_EXTRA_ARGS "" CACHE STRING "More torch-tidy arguments")

set(_torch_tidy_command "")
if(TORCH_TIDY)
  if(NOT TORCH_TIDY_EXECUTABLE)
    find_program(TORCH_TIDY_FOUND_EXECUTABLE torch-tidy)
    if(TORCH_TIDY_FOUND_EXECUTABLE)
      set(TORCH_TIDY_EXECUTABLE "${TORCH_TIDY_FOUND_EXECUTABLE}")
    endif()
  endif()

  if(NOT TORCH_TIDY_EXECUTABLE)
    message(WARNING "torch-tidy not found: set TORCH_TIDY_EXECUTABLE, "
                    "or -DTORCH_TIDY=OFF to silence this")
  else()
    set(_torch_tidy_command "${TORCH_TIDY_EXECUTABLE}")
    if(TORCH_TIDY_RULE_FILES)
      # --config replaces .clang-tidy, so it carries the checks too. The
      # escaped ';' keeps the file list one argument.
      set(_torch_tidy_rules "")
      foreach(_f IN LISTS TORCH_TIDY_RULE_FILES)
        get_filename_component(_f "${_f}" ABSOLUTE BASE_DIR "${CMAKE_SOURCE_DIR}")
        list(APPEND _torch_tidy_rules "${_f}")
      endforeach()
      string(REPLACE ";" "\\;" _torch_tidy_rules "${_torch_tidy_rules}")
      list(APPEND _torch_tidy_command
           "--config={Checks: '${TORCH_TIDY_CHECKS}', CheckOptions: {TorchRuleFiles: '${_torch_tidy_rules}'}}")
    else()
      list(APPEND _torch_tidy_command "--checks=${TORCH_TIDY_CHECKS}")
    endif()
    if(TORCH_TIDY_WARNINGS_AS_ERRORS)
      list(APPEND _torch_tidy_command
           "--warnings-as-errors=${TORCH_TIDY_WARNINGS_AS_ERRORS}")
    endif()
    list(APPEND _torch_tidy_command --quiet ${TORCH_TIDY_EXTRA_ARGS})
    message(STATUS "torch-tidy: ${TORCH_TIDY_EXECUTABLE}")
  endif()
endif()
set_property(GLOBAL PROPERTY TORCH_TIDY_COMMAND "${_torch_tidy_command}")

# Check the C++ sources of the given targets with torch-tidy.
function(torch_tidy_enable)
  get_property(_command GLOBAL PROPERTY TORCH_TIDY_COMMAND)
  if(_command)
    set_property(TARGET ${ARGN} PROPERTY CXX_CLANG_TIDY "${_command}")
  endif()
endfunction()

if(TORCH_TIDY_ALL_TARGETS AND _torch_tidy_command)
  set(CMAKE_CXX_CLANG_TIDY "${_torch_tidy_command}")
endif()
