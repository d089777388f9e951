# Embeds text files (shaders) into a generated C++ source so the binary needs no files at run time.
# myoscope_embed_files(TARGET NAMESPACE ns FILES a.vert b.frag) gives
# `std::string_view ns::find(std::string_view name)` declared in <embedded_<TARGET>.hpp>.
function(myoscope_embed_files target)
  cmake_parse_arguments(ARG "" "NAMESPACE" "FILES" ${ARGN})
  set(out_dir ${CMAKE_CURRENT_BINARY_DIR}/embedded)
  set(cpp ${out_dir}/embedded_${target}.cpp)
  set(hpp ${out_dir}/embedded_${target}.hpp)
  add_custom_command(
    OUTPUT ${cpp} ${hpp}
    COMMAND ${CMAKE_COMMAND} -DOUT_CPP=${cpp} -DOUT_HPP=${hpp} -DNS=${ARG_NAMESPACE}
            "-DFILES=${ARG_FILES}" -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    DEPENDS ${ARG_FILES} ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    COMMENT "Embedding ${target} files"
    VERBATIM)
  add_library(${target} STATIC ${cpp})
  target_include_directories(${target} PUBLIC ${out_dir})
endfunction()
