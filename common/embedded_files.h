// Text files compiled into the binary by cmake/EmbedFiles.cmake. The source that script generates
// defines `std::vector<EmbeddedFile> embedded_files()` in its namespace, built on
// decode_embedded_files below; a user declares that one function and calls it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace nm {

struct EmbeddedFile {
  std::string name;  // file name without folder and extension: "loihi", "stdp_pair", "default"
  std::string path;  // path in the source tree, e.g. "configs/arch/loihi.yaml"
  std::string text;  // file contents
};

// One EmbeddedFile per entry of the generated arrays, in their order.
std::vector<EmbeddedFile> decode_embedded_files(std::size_t count, const char* const paths[],
                                                const unsigned char* const bytes[],
                                                const std::size_t sizes[]);

}  // namespace nm
