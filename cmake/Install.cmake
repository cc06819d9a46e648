# `cmake --install`: the layout of an installed torch-tidy (GNUInstallDirs).
#
#   bin/            torch-tidy, run-torch-tidy, torch-clangd, torch-tidy-model-info
#   lib/torch-tidy/ libTorchTidy.so (the clang-tidy-19 plugin) and
#                   run_torch_tidy/ (run-torch-tidy's Python package)
#   share/torch-tidy/rules/        the built-in rules, as compiled in, and FORMAT.md
#   share/torch-tidy/integration/  the recipes: hooks, CI, CMake
#   share/doc/torch-tidy/          README, CHANGELOG, checker/docs/*.md
#   share/man/man1/                a page per program (gzipped)
#
# Every installed program finds what it needs relative to its own location:
# the rules are compiled in, run-torch-tidy runs the torch-tidy beside it and
# imports its package from ../lib/torch-tidy (the path is written into the
# installed launcher), and clang's headers come from Debian's
# libclang-common-19-dev.
include(GNUInstallDirs)
set(TORCH_TIDY_INSTALL_PRIVATE ${CMAKE_INSTALL_LIBDIR}/torch-tidy)
set(TORCH_TIDY_INSTALL_DATA ${CMAKE_INSTALL_DATADIR}/torch-tidy)

install(TARGETS torch-tidy torch-clangd torch-tidy-model-info
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS TorchTidy LIBRARY DESTINATION ${TORCH_TIDY_INSTALL_PRIVATE})

# run-torch-tidy: a launcher that knows the package's installed place.
file(RELATIVE_PATH RUNNER_PACKAGE_FROM_BIN
     /${CMAKE_INSTALL_BINDIR} /${TORCH_TIDY_INSTALL_PRIVATE})
configure_file(${PROJECT_SOURCE_DIR}/checker/runner/run-torch-tidy.in
               ${PROJECT_BINARY_DIR}/install/run-torch-tidy @ONLY)
install(PROGRAMS ${PROJECT_BINARY_DIR}/install/run-torch-tidy
        DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/checker/runner/run_torch_tidy
        DESTINATION ${TORCH_TIDY_INSTALL_PRIVATE}
        FILES_MATCHING PATTERN "*.py")

install(DIRECTORY ${PROJECT_SOURCE_DIR}/rules/
        DESTINATION ${TORCH_TIDY_INSTALL_DATA}/rules)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/integration/
        DESTINATION ${TORCH_TIDY_INSTALL_DATA}/integration
        USE_SOURCE_PERMISSIONS)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/CHANGELOG.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/checker/docs/
        DESTINATION ${CMAKE_INSTALL_DOCDIR}
        FILES_MATCHING PATTERN "*.md" PATTERN man EXCLUDE)
# gzip -9n FILE: writes FILE.gz (no name, no time stamp), at configure time.
function(torch_tidy_gzip file)
  execute_process(COMMAND gzip -9nc "${file}" OUTPUT_FILE "${file}.gz"
                  COMMAND_ERROR_IS_FATAL ANY)
endfunction()
file(GLOB TORCH_TIDY_MAN_PAGES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/checker/docs/man/*.1)
foreach(page IN LISTS TORCH_TIDY_MAN_PAGES)
  get_filename_component(name "${page}" NAME)
  configure_file("${page}" "${PROJECT_BINARY_DIR}/install/man1/${name}" COPYONLY)
  torch_tidy_gzip("${PROJECT_BINARY_DIR}/install/man1/${name}")
  install(FILES "${PROJECT_BINARY_DIR}/install/man1/${name}.gz"
          DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()

include(${PROJECT_SOURCE_DIR}/cmake/Package.cmake)
