# Writes OUT, a C++ include with torch-tidy's version (VERSION), the git
# revision of SOURCE (empty when SOURCE is no git checkout or GIT is not
# set; "-modified" when tracked files differ from it) and the SHA-256 of the
# built-in rule files RULES, read in order. OUT keeps its time stamp when
# nothing changed, so nothing is rebuilt.
# Called as: cmake -DOUT=... -DVERSION=... -DSOURCE=... -DGIT=... -DRULES="a;b" -P WriteVersion.cmake
set(revision "")
if(GIT AND EXISTS "${SOURCE}/.git")
  execute_process(COMMAND "${GIT}" -C "${SOURCE}" rev-parse --short=12 HEAD
                  OUTPUT_VARIABLE revision RESULT_VARIABLE status
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(NOT status EQUAL 0)
    set(revision "")
  else()
    execute_process(COMMAND "${GIT}" -C "${SOURCE}" diff --quiet HEAD --
                    RESULT_VARIABLE modified ERROR_QUIET)
    if(NOT modified EQUAL 0)
      string(APPEND revision "-modified")
    endif()
  endif()
endif()

set(all "")
set(names "")
foreach(f IN LISTS RULES)
  file(READ "${f}" text)
  get_filename_component(name "${f}" NAME)
  string(APPEND all "${name}\n${text}")
  list(APPEND names "${name}")
endforeach()
string(SHA256 digest "${all}")
string(SUBSTRING "${digest}" 0 12 digest)
list(JOIN names ", " names)

set(body "// Written by cmake/WriteVersion.cmake.
#define TORCH_TIDY_VERSION \"${VERSION}\"
#define TORCH_TIDY_GIT_REVISION \"${revision}\"
#define TORCH_TIDY_RULES_FILES \"${names}\"
#define TORCH_TIDY_RULES_DIGEST \"${digest}\"
")
file(WRITE "${OUT}.tmp" "${body}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
