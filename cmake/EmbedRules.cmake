# Writes OUT: a C++ include that holds every rules/*.yaml file as a raw
# string, so both binaries carry the built-in rules and need no path to run.
# Called as: cmake -DOUT=... -DFILES="a;b" -DROOT=... -P EmbedRules.cmake
set(body "")
foreach(f IN LISTS FILES)
  file(READ "${f}" text)
  file(RELATIVE_PATH rel "${ROOT}" "${f}")
  if(text MATCHES "\\)torchtidyrules\"")
    message(FATAL_ERROR "${rel} contains the raw-string delimiter")
  endif()
  string(APPEND body "{\"${rel}\", R\"torchtidyrules(${text})torchtidyrules\"},\n")
endforeach()
file(WRITE "${OUT}.tmp" "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUT}.tmp" "${OUT}")
