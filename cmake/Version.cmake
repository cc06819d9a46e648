# torch-tidy's version, in one place: project(... VERSION) in the top-level
# CMakeLists.txt. The target torch-tidy-version writes TorchTidyVersion.inc
# at every build (rewriting it only when a value changed): the version, the
# git revision of the source tree when it is a git checkout, and a digest of
# the built-in rules. --version, the SARIF output and the package read it.
file(GLOB TORCH_TIDY_VERSION_RULES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/rules/*.yaml)
set(TORCH_TIDY_VERSION_INC ${PROJECT_BINARY_DIR}/include/TorchTidyVersion.inc)
find_package(Git QUIET)
add_custom_target(torch-tidy-version
  COMMAND ${CMAKE_COMMAND} -DOUT=${TORCH_TIDY_VERSION_INC}
          -DVERSION=${PROJECT_VERSION} -DSOURCE=${PROJECT_SOURCE_DIR}
          -DGIT=${GIT_EXECUTABLE} "-DRULES=${TORCH_TIDY_VERSION_RULES}"
          -P ${PROJECT_SOURCE_DIR}/cmake/WriteVersion.cmake
  BYPRODUCTS ${TORCH_TIDY_VERSION_INC}
  COMMENT "Checking torch-tidy's version and git revision"
  VERBATIM)
