// Mock-drift check for the OpenCV mocks in test/checkers/Inputs/opencv2:
// compiles, unchanged, against the mocks and against Debian's OpenCV 4.6
// headers (-I/usr/include/opencv4). It uses every mocked API the way user
// code does and pins the exact signatures the rules in rules/opencv.yaml
// rely on (their parameter names are checked by the opencv tests).
#include <opencv2/opencv.hpp>

#include <string>
#include <type_traits>

template <typename Ptr> static void sig(Ptr) {}

static_assert(CV_8UC3 == 16 && CV_32FC3 == 21 && CV_64FC3 == 22, "codes");
static_assert(CV_8U == 0 && CV_16F == 7 && CV_MAT_DEPTH(CV_32FC3) == CV_32F,
              "depths");
static_assert(cv::IMREAD_UNCHANGED == -1 && cv::IMREAD_COLOR == 1 &&
                  cv::IMREAD_ANYDEPTH == 2 && cv::IMREAD_REDUCED_COLOR_8 == 65,
              "imread flags");

void drift_opencv(const std::string &path) {
  cv::Mat img = cv::imread(path);
  cv::Mat gray = cv::imread(path, cv::IMREAD_GRAYSCALE);
  cv::Mat m(4, 4, CV_32FC3), s(cv::Size(4, 4), CV_8UC1),
      v(2, 2, CV_8UC3, cv::Scalar::all(0)), w(2, 2, CV_32FC1, img.data);
  cv::Mat roi = img.rowRange(0, 1), r = img.row(0), c = img.clone(),
          sh = img.reshape(1);
  img.convertTo(m, CV_32F, 1 / 255.0);
  img.copyTo(c);
  m.create(2, 2, CV_64FC3);
  m.create(cv::Size(2, 2), CV_8UC3);
  cv::cvtColor(img, img, cv::COLOR_BGR2RGB);
  cv::resize(img, s, cv::Size(8, 8));
  cv::GaussianBlur(img, img, cv::Size(3, 3), 0);
  uchar *d = img.data;
  uchar *p = img.ptr();
  float *f = m.ptr<float>(0);
  bool ok = cv::imwrite(path, img) && img.isContinuous() && !img.empty();
  (void)gray; (void)roi; (void)r; (void)sh; (void)d; (void)p; (void)f;
  (void)ok; (void)v; (void)w;
  (void)img.rows; (void)img.cols; (void)img.total(); (void)img.elemSize();
  (void)img.type(); (void)img.depth(); (void)img.channels();

  sig<cv::Mat (*)(const cv::String &, int)>(&cv::imread);
  sig<void (cv::Mat::*)(cv::OutputArray, int, double, double) const>(
      &cv::Mat::convertTo);
  sig<void (cv::Mat::*)(cv::OutputArray) const>(&cv::Mat::copyTo);
  sig<void (cv::Mat::*)(int, int, int)>(&cv::Mat::create);
  sig<void (*)(cv::InputArray, cv::OutputArray, int, int)>(&cv::cvtColor);
  sig<void (*)(cv::InputArray, cv::OutputArray, cv::Size, double, double,
               int)>(&cv::resize);
  static_assert(std::is_same<decltype(img.data), uchar *>::value, "data");
}
