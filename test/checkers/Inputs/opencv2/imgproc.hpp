// MOCK of OpenCV 4.6: opencv2/imgproc.hpp (mocked subset, verbatim).
#pragma once
#include <opencv2/core.hpp>

namespace cv {

enum InterpolationFlags { INTER_NEAREST = 0, INTER_LINEAR = 1 };
enum ColorConversionCodes { COLOR_BGR2RGB = 4, COLOR_BGR2GRAY = 6 };
enum ThresholdTypes { THRESH_BINARY = 0, THRESH_BINARY_INV = 1 };

void resize( InputArray src, OutputArray dst,
             Size dsize, double fx = 0, double fy = 0,
             int interpolation = INTER_LINEAR );
void cvtColor( InputArray src, OutputArray dst, int code, int dstCn = 0 );
void GaussianBlur( InputArray src, OutputArray dst, Size ksize,
                   double sigmaX, double sigmaY = 0,
                   int borderType = 4 );
void medianBlur( InputArray src, OutputArray dst, int ksize );
void Sobel( InputArray src, OutputArray dst, int ddepth,
            int dx, int dy, int ksize = 3,
            double scale = 1, double delta = 0,
            int borderType = 4 );
double threshold( InputArray src, OutputArray dst,
                  double thresh, double maxval, int type );

} // namespace cv
