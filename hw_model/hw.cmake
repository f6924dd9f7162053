# nm_sc: the SystemC module files of cores/ and noc/ (kept out of nm_cores/nm_noc so those
# libraries, and their unit tests, never need the kernel).
add_library(nm_sc STATIC
  ${PROJECT_SOURCE_DIR}/cores/core_module.cpp
  ${PROJECT_SOURCE_DIR}/noc/router_module.cpp
)
target_link_libraries(nm_sc PUBLIC nm_cores nm_noc PkgConfig::SYSTEMC)
neuromesh_warnings(nm_sc)

# nm_hw: the chip, its step controller, energy, statistics and reports.
add_library(nm_hw STATIC
  chip_builder.cpp
  chip_model.cpp
  tile_module.cpp
  chip_module.cpp
  step_controller.cpp
  systemc_reports.cpp
  vcd_trace.cpp
  simulation.cpp
  energy_model.cpp
  report_writer.cpp
  summary_table.cpp
)
target_link_libraries(nm_hw PUBLIC nm_arch nm_mapper nm_sc nlohmann_json::nlohmann_json)
neuromesh_warnings(nm_hw)
