# nm_report_assets: the JavaScript and CSS that `neuromesh report` inlines into its HTML page,
# compiled into the binary so that the command needs neither node nor a network at run time.
# Vega, Vega-Lite and vega-embed come from the npm registry at build time: `npm ci` installs the
# versions pinned in package-lock.json into the build folder (scripts/setup.sh installs Debian's
# nodejs and npm when they are missing). docs/plots.md says why these libraries.
find_program(NM_NPM npm)
if(NOT NM_NPM)
  message(FATAL_ERROR "npm not found: run scripts/setup.sh as root (it installs nodejs and npm)")
endif()

set(NM_WEB_SRC ${CMAKE_CURRENT_LIST_DIR})
set(NM_WEB_BUILD ${CMAKE_CURRENT_BINARY_DIR}/report_web)
set(NM_WEB_VENDOR
  ${NM_WEB_BUILD}/node_modules/vega/build/vega.min.js
  ${NM_WEB_BUILD}/node_modules/vega-lite/build/vega-lite.min.js
  ${NM_WEB_BUILD}/node_modules/vega-embed/build/vega-embed.min.js
)
file(MAKE_DIRECTORY ${NM_WEB_BUILD})
add_custom_command(
  OUTPUT ${NM_WEB_VENDOR}
  COMMAND ${CMAKE_COMMAND} -E copy ${NM_WEB_SRC}/package.json ${NM_WEB_SRC}/package-lock.json
          ${NM_WEB_BUILD}
  COMMAND ${NM_NPM} ci --ignore-scripts --no-audit --no-fund --prefer-offline --loglevel=error
  COMMAND ${CMAKE_COMMAND} -E touch ${NM_WEB_VENDOR}
  WORKING_DIRECTORY ${NM_WEB_BUILD}
  DEPENDS ${NM_WEB_SRC}/package.json ${NM_WEB_SRC}/package-lock.json
  COMMENT "Installing Vega, Vega-Lite and vega-embed from npm (package-lock.json)"
  VERBATIM
)

# Our own page script and style, then the libraries; the page looks them up by file name.
set(NM_WEB_FILES ${NM_WEB_SRC}/report.js ${NM_WEB_SRC}/report.css ${NM_WEB_VENDOR})
set(NM_WEB_CPP ${CMAKE_CURRENT_BINARY_DIR}/report_assets_data.cpp)
string(REPLACE ";" "|" NM_WEB_ARG "${NM_WEB_FILES}")
add_custom_command(
  OUTPUT ${NM_WEB_CPP}
  COMMAND ${CMAKE_COMMAND} -DROOT=/ -DFILES=${NM_WEB_ARG} -DOUTPUT=${NM_WEB_CPP}
          -DNAMESPACE=nm::report_assets_data -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
  DEPENDS ${NM_WEB_FILES} ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
  COMMENT "Embedding the report page's JavaScript and CSS into the binary"
  VERBATIM
)

add_library(nm_report_assets STATIC ${CMAKE_CURRENT_LIST_DIR}/../report_assets.cpp ${NM_WEB_CPP})
target_link_libraries(nm_report_assets PUBLIC nm_common)
neuromesh_warnings(nm_report_assets)
