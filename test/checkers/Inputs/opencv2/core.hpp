// MOCK of OpenCV 4.6: opencv2/core.hpp (core/hal/interface.h type codes,
// core/matx.hpp Matx/Vec, core/types.hpp Size/Point_/Scalar_, core/mat.hpp
// Mat, MatExpr and the array proxies, core.hpp's split/merge/concat/
// normalize/flip; mocked subset, signatures verbatim).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

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
#define CV_64FC1 CV_MAKETYPE(CV_64F,1)
#define CV_32FC3 CV_MAKETYPE(CV_32F,3)
#define CV_64FC3 CV_MAKETYPE(CV_64F,3)

namespace cv {

typedef std::string String;

template<typename _Tp, int m, int n> class Matx
{
public:
    Matx();
    _Tp val[m*n]; //< matrix elements
};

template<typename _Tp, int cn> class Vec : public Matx<_Tp, cn, 1>
{
public:
    Vec();
    Vec(_Tp v0);
    Vec(_Tp v0, _Tp v1);
    Vec(_Tp v0, _Tp v1, _Tp v2);
    Vec(_Tp v0, _Tp v1, _Tp v2, _Tp v3);
    const _Tp& operator [](int i) const;
    _Tp& operator[](int i);
};
typedef Vec<uchar, 3> Vec3b;
typedef Vec<float, 3> Vec3f;

class Size {
public:
  Size();
  Size(int _width, int _height);
  int width, height;
};

template<typename _Tp> class Point_
{
public:
    Point_();
    Point_(_Tp _x, _Tp _y);
    _Tp x; //!< x coordinate of the point
    _Tp y; //!< y coordinate of the point
};
typedef Point_<int> Point2i;
typedef Point_<float> Point2f;
typedef Point2i Point;

template<typename _Tp> class Scalar_ : public Vec<_Tp, 4>
{
public:
    Scalar_();
    Scalar_(_Tp v0, _Tp v1, _Tp v2=0, _Tp v3=0);
    Scalar_(_Tp v0);
    static Scalar_<_Tp> all(_Tp v0);
};
typedef Scalar_<double> Scalar;

enum NormTypes { NORM_INF = 1, NORM_L1 = 2, NORM_L2 = 4, NORM_MINMAX = 32 };

class Range {
public:
  Range(int _start, int _end);
};

class Mat;
class MatExpr;

class _InputArray {
public:
  _InputArray(const Mat& m);
  _InputArray(const MatExpr& expr);
  _InputArray(const std::vector<Mat>& vec);
  template<typename _Tp, int m, int n> _InputArray(const Matx<_Tp, m, n>& matx);
  _InputArray(const double& val);
};
class _OutputArray : public _InputArray {
public:
  _OutputArray(Mat& m);
  _OutputArray(std::vector<Mat>& vec);
};
class _InputOutputArray : public _OutputArray {
public:
  _InputOutputArray(Mat& m);
  _InputOutputArray(std::vector<Mat>& vec);
};
typedef const _InputArray& InputArray;
typedef InputArray InputArrayOfArrays;
typedef const _OutputArray& OutputArray;
typedef OutputArray OutputArrayOfArrays;
typedef const _InputOutputArray& InputOutputArray;

InputOutputArray noArray();

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
  Mat& operator = (const MatExpr& expr);
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
  Mat& setTo(InputArray value, InputArray mask=noArray());
  template<typename _Tp> _Tp& at(int row, int col);
  template<typename _Tp> const _Tp& at(int row, int col) const;
  template<typename _Tp, typename Functor> void forEach(const Functor& operation) { (void)operation; }
  static MatExpr zeros(int rows, int cols, int type);
  static MatExpr zeros(Size size, int type);
  static MatExpr ones(int rows, int cols, int type);
  static MatExpr ones(Size size, int type);
  static MatExpr eye(int rows, int cols, int type);
  static MatExpr eye(Size size, int type);

  int flags;
  int dims;
  int rows, cols;
  uchar* data;
};

class MatExpr {
public:
  MatExpr();
  explicit MatExpr(const Mat& m);
  operator Mat() const;
};
MatExpr operator * (const Mat& a, double s);

void split(const Mat& src, Mat* mvbegin);
void split(InputArray m, OutputArrayOfArrays mv);
void merge(const Mat* mv, size_t count, OutputArray dst);
void merge(InputArrayOfArrays mv, OutputArray dst);
void hconcat(const Mat* src, size_t nsrc, OutputArray dst);
void hconcat(InputArray src1, InputArray src2, OutputArray dst);
void hconcat(InputArrayOfArrays src, OutputArray dst);
void vconcat(const Mat* src, size_t nsrc, OutputArray dst);
void vconcat(InputArray src1, InputArray src2, OutputArray dst);
void vconcat(InputArrayOfArrays src, OutputArray dst);
void normalize( InputArray src, InputOutputArray dst, double alpha = 1, double beta = 0,
                int norm_type = NORM_L2, int dtype = -1, InputArray mask = noArray());
void flip(InputArray src, OutputArray dst, int flipCode);

} // namespace cv
