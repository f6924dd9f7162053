# nm_arch: architecture parameters, the YAML loader and the configuration files compiled into
# the binary. Plain C++ (no SystemC). Included by hw_model/CMakeLists.txt.

set(NM_ROOT_DIR ${CMAKE_CURRENT_LIST_DIR}/..)
# Files compiled into the binary (paths relative to the source root). No globbing: list them here.
set(NM_EMBEDDED_FILES
  configs/arch/loihi.yaml
  configs/arch/loihi_calibrated.yaml
  configs/arch/tiny.yaml
  configs/arch/truenorth.yaml
  configs/nets/default.yaml
)
set(NM_EMBEDDED_CPP ${CMAKE_CURRENT_BINARY_DIR}/embedded_configs_data.cpp)
list(TRANSFORM NM_EMBEDDED_FILES PREPEND ${NM_ROOT_DIR}/ OUTPUT_VARIABLE NM_EMBEDDED_DEPS)
string(REPLACE ";" "|" NM_EMBEDDED_ARG "${NM_EMBEDDED_FILES}")

add_custom_command(
  OUTPUT ${NM_EMBEDDED_CPP}
  COMMAND ${CMAKE_COMMAND} -DROOT=${NM_ROOT_DIR} -DFILES=${NM_EMBEDDED_ARG}
          -DOUTPUT=${NM_EMBEDDED_CPP} -P ${NM_ROOT_DIR}/cmake/EmbedFiles.cmake
  DEPENDS ${NM_EMBEDDED_DEPS} ${NM_ROOT_DIR}/cmake/EmbedFiles.cmake
  COMMENT "Embedding configuration files into the binary"
  VERBATIM
)

add_library(nm_arch STATIC
  ${CMAKE_CURRENT_LIST_DIR}/arch_params.cpp
  ${CMAKE_CURRENT_LIST_DIR}/arch_loader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/embedded_configs.cpp
  ${NM_EMBEDDED_CPP}
)
target_link_libraries(nm_arch PUBLIC nm_common nm_cores nm_noc)
neuromesh_warnings(nm_arch)
