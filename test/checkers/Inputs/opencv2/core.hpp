// MOCK of OpenCV 4.6: opencv2/core.hpp (core/hal/interface.h type codes,
// core/types.hpp Size/Scalar, core/mat.hpp Mat and the array proxies;
// mocked subset, signatures verbatim).
#pragma once
#include <cstddef>
#include <string>

typedef unsigned char uchar;

#define CV_CN_SHIFT   3
#define CV_DEPTH_MAX  (1 << CV_CN_SHIFT)
#define CV_8U   0
#define CV_8S   1
#define CV_16U  2
#define CV_16S  3
#define CV_32S  4
#define CV_32F  5
#define CV_64F  6
#define CV_16F  7
#define CV_MAT_DEPTH_MASK       (CV_DEPTH_MAX - 1)
#define CV_MAT_DEPTH(flags)     ((flags) & CV_MAT_DEPTH_MASK)
#define CV_MAKETYPE(depth,cn) (CV_MAT_DEPTH(depth) + (((cn)-1) << CV_CN_SHIFT))
#define CV_8UC1 CV_MAKETYPE(CV_8U,1)
#define CV_8UC3 CV_MAKETYPE(CV_8U,3)
#define CV_16UC1 CV_MAKETYPE(CV_16U,1)
#define CV_32FC1 CV_MAKETYPE(CV_32F,1)
#define CV_32FC3 CV_MAKETYPE(CV_32F,3)
#define CV_64FC3 CV_MAKETYPE(CV_64F,3)

namespace cv {

typedef std::string String;

class Size {
public:
  Size();
  Size(int _width, int _height);
  int width, height;
};

class Scalar {
public:
  Scalar();
  Scalar(double v0);
  static Scalar all(double v0);
};

class Range {
public:
  Range(int _start, int _end);
};

class Mat;

class _InputArray {
public:
  _InputArray(const Mat& m);
};
class _OutputArray : public _InputArray {
public:
  _OutputArray(Mat& m);
};
class _InputOutputArray : public _OutputArray {
public:
  _InputOutputArray(Mat& m);
};
typedef const _InputArray& InputArray;
typedef const _OutputArray& OutputArray;
typedef const _InputOutputArray& InputOutputArray;

class Mat {
public:
  Mat();
  Mat(int rows, int cols, int type);
  Mat(Size size, int type);
  Mat(int rows, int cols, int type, const Scalar& s);
  Mat(const Mat& m);
  Mat(int rows, int cols, int type, void* data, size_t step=0);
  Mat(const Mat& m, const Range& rowRange, const Range& colRange);
  ~Mat();
  Mat& operator = (const Mat& m);
  Mat(Mat&& m);
  Mat& operator = (Mat&& m);

  Mat row(int y) const;
  Mat rowRange(int startrow, int endrow) const;
  Mat clone() const;
  void copyTo( OutputArray m ) const;
  void convertTo( OutputArray m, int rtype, double alpha=1, double beta=0 ) const;
  Mat reshape(int cn, int rows=0) const;
  void create(int rows, int cols, int type);
  void create(Size size, int type);
  bool isContinuous() const;
  size_t elemSize() const;
  int type() const;
  int depth() const;
  int channels() const;
  bool empty() const;
  size_t total() const;
  uchar* ptr(int i0=0);
  template<typename _Tp> _Tp* ptr(int i0=0);

  int flags;
  int dims;
  int rows, cols;
  uchar* data;
};

} // namespace cv
