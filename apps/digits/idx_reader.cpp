#include "apps/digits/idx_reader.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "common/errors.h"

namespace nm::digits {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) {
  throw UserError(path + ": " + what);
}

std::vector<unsigned char> read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(path, "cannot open the file (run scripts/install_datasets.sh)");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Big-endian 32-bit word at byte `at` (the caller checked the size).
std::uint32_t be32(const std::vector<unsigned char>& b, std::size_t at) {
  return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) |
         (std::uint32_t{b[at + 2]} << 8) | std::uint32_t{b[at + 3]};
}

// Checks the header (magic, then `dims` sizes) and the payload size; returns the item count.
std::uint32_t check_header(const std::vector<unsigned char>& b, const std::string& path,
                           std::uint32_t magic, std::size_t dims, std::size_t item_bytes) {
  const std::size_t header = 4 * (1 + dims);
  if (b.size() < header)
    fail(path, "only " + std::to_string(b.size()) + " bytes, shorter than the IDX header");
  if (be32(b, 0) != magic)
    fail(path, "magic number " + std::to_string(be32(b, 0)) + ", expected " +
                   std::to_string(magic) + (magic == 0x803 ? " (IDX images)" : " (IDX labels)"));
  const std::uint32_t count = be32(b, 4);
  const std::size_t expected = header + std::size_t{count} * item_bytes;
  if (b.size() != expected)
    fail(path, std::to_string(b.size()) + " bytes, expected " + std::to_string(expected) +
                   " for " + std::to_string(count) + " items (truncated or padded)");
  return count;
}

}  // namespace

std::vector<LabelledImage> read_idx(const std::string& images_path,
                                    const std::string& labels_path) {
  const std::vector<unsigned char> img = read_all(images_path);
  const std::vector<unsigned char> lab = read_all(labels_path);
  if (img.size() >= 16 && be32(img, 0) == 0x803 &&
      (be32(img, 8) != kImageSide || be32(img, 12) != kImageSide))
    fail(images_path, "images are " + std::to_string(be32(img, 8)) + " x " +
                          std::to_string(be32(img, 12)) + " pixels, expected 28 x 28");
  const std::uint32_t n = check_header(img, images_path, 0x803, 3, kImagePixels);
  const std::uint32_t n_labels = check_header(lab, labels_path, 0x801, 1, 1);
  if (n != n_labels)
    fail(labels_path, std::to_string(n_labels) + " labels for the " + std::to_string(n) +
                          " images of " + images_path);
  std::vector<LabelledImage> out(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    const unsigned char label = lab[8 + i];
    if (label >= kClasses)
      fail(labels_path, "label " + std::to_string(i) + " is " + std::to_string(label) +
                            ", expected a class 0-9");
    out[i].label = label;
    std::copy_n(img.begin() + 16 + std::size_t{i} * kImagePixels, kImagePixels,
                out[i].pixels.begin());
  }
  return out;
}

Dataset load_fashion_mnist(const std::string& dir) {
  Dataset d;
  d.name = "fashion";
  d.train = read_idx(dir + "/train-images-idx3-ubyte", dir + "/train-labels-idx1-ubyte");
  d.test = read_idx(dir + "/t10k-images-idx3-ubyte", dir + "/t10k-labels-idx1-ubyte");
  return d;
}

}  // namespace nm::digits
