# nm_sc: the SystemC module files of cores/ and noc/ (kept out of nm_cores/nm_noc so those
# libraries, and their unit tests, never need the kernel).
add_library(nm_sc STATIC
  ${PROJECT_SOURCE_DIR}/cores/core_module.cpp
  ${PROJECT_SOURCE_DIR}/noc/router_module.cpp
  ${PROJECT_SOURCE_DIR}/noc/mesh_driver_module.cpp
)
target_link_libraries(nm_sc PUBLIC nm_cores nm_noc PkgConfig::SYSTEMC)
neuromesh_warnings(nm_sc)

# nm_chip: the chip as plain C++ (no kernel): core images, the chip model, energy and reports.
add_library(nm_chip STATIC
  chip_builder.cpp
  truenorth_builder.cpp
  core_family.cpp
  activity_profiler.cpp
  plain_chip_runner.cpp
  chip_counts.cpp
  chip_model.cpp
  noc_routes.cpp
  noc_report.cpp
  core_report.cpp
  energy_model.cpp
  report_writer.cpp
  summary_table.cpp
  trace_selection.cpp
  gtkw_writer.cpp
  weights_csv.cpp
)
target_link_libraries(nm_chip PUBLIC nm_arch nm_mapper nm_cores nm_noc nlohmann_json::nlohmann_json)
neuromesh_warnings(nm_chip)

# nm_hw: the chip as a SystemC design, its step controller, VCD tracing and the run facade.
add_library(nm_hw STATIC
  tile_module.cpp
  chip_module.cpp
  step_controller.cpp
  systemc_reports.cpp
  vcd_trace.cpp
  simulation.cpp
)
target_link_libraries(nm_hw PUBLIC nm_chip nm_sc)
neuromesh_warnings(nm_hw)
