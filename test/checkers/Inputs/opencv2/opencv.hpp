// MOCK of OpenCV 4.6: opencv2/opencv.hpp (the mocked modules).
#pragma once
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
