// Mentions of at::Tensor in comments are fine.
const char *A = "at::Tensor";
const char *B = "c10";
const char *C = "torch-tidy: not a library name";
/* "cv::Mat" in a comment */
const char *D = "std::vector is not a LibTorch name";
