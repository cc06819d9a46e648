# The Debian package: `cpack -G DEB` in the build directory (or
# `ninja package`) writes torch-tidy_<version>_<arch>.deb from what
# cmake/Install.cmake installs, under /usr.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME torch-tidy)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "dtype and device checks for C++ code that uses LibTorch")
# The lines under the summary (CPack puts the summary first).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"torch-tidy is clang-tidy 19 with checks for C++ code that uses LibTorch:
it follows the dtype and device of tensors and modules through the code
and flags the calls where they disagree (a Float input to a Half module, a
from_blob that reads bytes as floats, operands on different devices), with
fix-its that insert the conversion.

The package holds torch-tidy (clang-tidy with the checks built in),
run-torch-tidy (runs it over a compile_commands.json in parallel, with a
result cache, changed-files mode and SARIF output), torch-clangd (clangd
with the checks built in) and a plugin for clang-tidy-19.")
# Whoever builds the package for distribution sets this (and lintian says
# bogus-mail-host until they do).
set(TORCH_TIDY_PACKAGE_MAINTAINER "torch-tidy developers <torch-tidy@localhost>"
    CACHE STRING "Maintainer field of the Debian package and its changelog")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TORCH_TIDY_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# The libraries the binaries link (libclang-cpp19, libllvm19, gRPC, ...),
# from dpkg-shlibdeps; plus what is read or run at run time: clang's own
# headers (the driver finds them as /usr/include/clang/19.1.7), the runner's
# Python with PyYAML.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libclang-common-19-dev, python3, python3-yaml")
# run-torch-tidy's precompiled header (clang++-19), its dependency scan
# (clang-scan-deps-19) and --changed-since (git); the plugin's clang-tidy.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "clang-19, clang-tools-19, git")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "clang-tidy-19")
# The plugin in /usr/lib/torch-tidy makes CPack call ldconfig from postinst
# and postrm (lintian: maintscript-calls-ldconfig); harmless.

# Debian's copyright file, and a Debian changelog (changelog.gz) that points
# to CHANGELOG.md, dated as CHANGELOG.md dates this version.
install(FILES ${PROJECT_SOURCE_DIR}/cmake/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
file(STRINGS ${PROJECT_SOURCE_DIR}/CHANGELOG.md TORCH_TIDY_RELEASE_LINE
     REGEX "^## \\[${PROJECT_VERSION}\\] - [0-9-]+$")
string(REGEX REPLACE ".* - " "" TORCH_TIDY_RELEASE_DAY "${TORCH_TIDY_RELEASE_LINE}")
if(NOT TORCH_TIDY_RELEASE_DAY)
  message(FATAL_ERROR "CHANGELOG.md has no line '## [${PROJECT_VERSION}] - YYYY-MM-DD'")
endif()
execute_process(COMMAND date -R -u -d "${TORCH_TIDY_RELEASE_DAY}"
                OUTPUT_VARIABLE TORCH_TIDY_RELEASE_DATE
                OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
configure_file(${PROJECT_SOURCE_DIR}/cmake/debian/changelog.in
               ${PROJECT_BINARY_DIR}/install/changelog @ONLY)
torch_tidy_gzip(${PROJECT_BINARY_DIR}/install/changelog)
install(FILES ${PROJECT_BINARY_DIR}/install/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
include(CPack)
