#include "common/embedded_files.h"

namespace nm {

namespace {

// "configs/arch/loihi.yaml" -> "loihi".
std::string stem(const std::string& path) {
  const auto slash = path.rfind('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  const auto dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(0, dot);
}

}  // namespace

std::vector<EmbeddedFile> decode_embedded_files(std::size_t count, const char* const paths[],
                                                const unsigned char* const bytes[],
                                                const std::size_t sizes[]) {
  std::vector<EmbeddedFile> files;
  for (std::size_t i = 0; i < count; ++i) {
    files.push_back(EmbeddedFile{stem(paths[i]), paths[i],
                                 std::string(reinterpret_cast<const char*>(bytes[i]), sizes[i])});
  }
  return files;
}

}  // namespace nm
