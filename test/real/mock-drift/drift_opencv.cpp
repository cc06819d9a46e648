// Mock-drift check for the OpenCV mocks in test/checkers/Inputs/opencv2:
// compiles, unchanged, against the mocks and against Debian's OpenCV 4.6
// headers (-I/usr/include/opencv4). It uses every mocked API the way user
// code does and pins the exact signatures the rules in rules/opencv.yaml
// rely on (their parameter names are checked by the opencv tests).
#include <opencv2/opencv.hpp>

#include <string>
#include <type_traits>
#include <vector>

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

void drift_opencv_outputs(const cv::Mat &img) {
  cv::Mat out, f;
  std::vector<cv::Mat> channels;
  cv::split(img, channels);
  cv::Mat arr[3];
  cv::split(img, arr);
  cv::merge(channels, out);
  cv::merge(arr, 3, out);
  cv::vconcat(img, img, out);
  cv::hconcat(img, img, out);
  cv::vconcat(channels, out);
  cv::hconcat(channels, out);
  cv::vconcat(arr, 3, out);
  cv::hconcat(arr, 3, out);
  cv::normalize(img, out, 0, 1, cv::NORM_MINMAX, CV_32F);
  cv::normalize(img, out);
  cv::flip(img, out, 1);
  cv::medianBlur(img, out, 3);
  cv::Sobel(img, out, CV_32F, 1, 0);
  double t = cv::threshold(img, out, 10, 255, cv::THRESH_BINARY);
  cv::Mat z = cv::Mat::zeros(2, 2, CV_32FC3), o = cv::Mat::ones(cv::Size(2, 2), CV_8U),
          e = cv::Mat::eye(2, 2, CV_64F), s = img * 2.0;
  z = cv::Mat::zeros(cv::Size(2, 2), CV_8UC3);
  o = cv::Mat::ones(2, 2, CV_32F);
  e = cv::Mat::eye(cv::Size(2, 2), CV_32F);
  cv::MatExpr x(img);
  cv::Mat fromExpr = x;
  z.at<cv::Vec3f>(0, 0) = cv::Vec3f(1, 2, 3);
  z.at<cv::Vec3f>(0, 1)[2] = 4;
  const cv::Mat &cz = z;
  float v = cz.at<cv::Vec3f>(0, 0)[0];
  z.forEach<cv::Vec3f>([](cv::Vec3f &px, const int *) { px[0] = 0; });
  z.setTo(cv::Scalar(1, 2, 3));
  z.setTo(0);
  z.setTo(cv::Scalar::all(0), cv::noArray());
  cv::Vec3b px(1, 2, 3);
  cv::Point2f p(0.5f, 1.5f);
  cv::Point q(1, 2);
  (void)t; (void)v; (void)px; (void)p.x; (void)q.y; (void)fromExpr; (void)s;

  static_assert(sizeof(cv::Vec3b) == 3 && sizeof(cv::Vec3f) == 12 &&
                    sizeof(cv::Point2f) == 8 && sizeof(cv::Scalar) == 32,
                "element layouts");
  static_assert(std::is_same<decltype(p.x), float>::value, "Point_ fields");
  static_assert(std::is_same<decltype(px.val), uchar[3]>::value, "Matx::val");
  sig<void (*)(cv::InputArray, cv::OutputArrayOfArrays)>(&cv::split);
  sig<void (*)(const cv::Mat &, cv::Mat *)>(&cv::split);
  sig<void (*)(cv::InputArrayOfArrays, cv::OutputArray)>(&cv::merge);
  sig<void (*)(const cv::Mat *, size_t, cv::OutputArray)>(&cv::merge);
  sig<void (*)(cv::InputArray, cv::InputArray, cv::OutputArray)>(&cv::vconcat);
  sig<void (*)(cv::InputArrayOfArrays, cv::OutputArray)>(&cv::hconcat);
  sig<void (*)(cv::InputArray, cv::InputOutputArray, double, double, int, int,
               cv::InputArray)>(&cv::normalize);
  sig<void (*)(cv::InputArray, cv::OutputArray, int)>(&cv::flip);
  sig<void (*)(cv::InputArray, cv::OutputArray, int)>(&cv::medianBlur);
  sig<void (*)(cv::InputArray, cv::OutputArray, int, int, int, int, double,
               double, int)>(&cv::Sobel);
  sig<double (*)(cv::InputArray, cv::OutputArray, double, double, int)>(
      &cv::threshold);
  sig<void (*)(cv::InputArray, cv::OutputArray, cv::Size, double, double,
               int)>(&cv::GaussianBlur);
  sig<cv::MatExpr (*)(int, int, int)>(&cv::Mat::zeros);
  sig<cv::MatExpr (*)(cv::Size, int)>(&cv::Mat::ones);
  sig<cv::MatExpr (*)(int, int, int)>(&cv::Mat::eye);
  sig<cv::Mat &(cv::Mat::*)(const cv::MatExpr &)>(&cv::Mat::operator=);
  sig<cv::Mat &(cv::Mat::*)(cv::InputArray, cv::InputArray)>(&cv::Mat::setTo);
  sig<cv::MatExpr (*)(const cv::Mat &, double)>(&cv::operator*);
}
