# cmake/lib.cmake: builds the modules written in Python (lib/**/*.py) into
# the interpreter, so that `import functools` works however ouro is started
# and after `cmake --install`. Each file becomes a byte array in a generated
# C source (see cmake/embed_lib.cmake and src/vm/libmods.h); no Python is
# needed at build time. Included by CMakeLists.txt after ouro_core.

# CONFIGURE_DEPENDS: adding or removing a lib/ file re-runs the configure
# step, and the custom command's DEPENDS regenerate the source when any
# listed file is edited.
file(GLOB_RECURSE OURO_LIB_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/lib/*.py)
list(SORT OURO_LIB_FILES)
set(OURO_LIB_C ${CMAKE_BINARY_DIR}/generated/libmods_table.c)
# The file list goes through a file, not the command line, so that long
# lists and paths with spaces are safe.
set(OURO_LIB_LIST ${CMAKE_BINARY_DIR}/generated/libmods_files.txt)
string(REPLACE ";" "\n" _ouro_lib_lines "${OURO_LIB_FILES}")
file(WRITE ${OURO_LIB_LIST}.tmp "${_ouro_lib_lines}\n")
configure_file(${OURO_LIB_LIST}.tmp ${OURO_LIB_LIST} COPYONLY)

add_custom_command(
  OUTPUT ${OURO_LIB_C}
  COMMAND ${CMAKE_COMMAND} -DLIB_DIR=${CMAKE_SOURCE_DIR}/lib -DLIST=${OURO_LIB_LIST}
          -DOUT=${OURO_LIB_C} -P ${CMAKE_SOURCE_DIR}/cmake/embed_lib.cmake
  DEPENDS ${OURO_LIB_FILES} ${OURO_LIB_LIST} ${CMAKE_SOURCE_DIR}/cmake/embed_lib.cmake
  COMMENT "Embedding lib/*.py"
  VERBATIM)
target_sources(ouro_core PRIVATE ${OURO_LIB_C})
