// Reader of the IDX files of (Fashion-)MNIST (LeCun's format): an images file with magic
// 0x00000803, count, rows, columns (big-endian 32-bit) then one byte per pixel, and a labels
// file with magic 0x00000801, count, then one byte per label. install_datasets.sh unpacks
// Debian's dataset-fashion-mnist into <repo>/data/fashion-mnist.
#pragma once

#include <string>
#include <vector>

#include "apps/digits/dataset.h"

namespace nm::digits {

// Reads matching images and labels files of 28 x 28 images. Throws UserError naming the file
// when it is missing, has a wrong magic number, size, image shape, label > 9, or is truncated,
// or when the two files hold different counts.
std::vector<LabelledImage> read_idx(const std::string& images_path, const std::string& labels_path);

// Fashion-MNIST from `dir`: train-*-ubyte (60,000) for training, t10k-*-ubyte (10,000) for testing.
Dataset load_fashion_mnist(const std::string& dir);

}  // namespace nm::digits
