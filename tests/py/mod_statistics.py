import statistics as st
import random
from fractions import Fraction as F

def call(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(f.__name__, a, k, '->', type(e).__name__ + ':', e)
    else:
        print(f.__name__, a, k, '->', repr(r))

datasets = [
    [1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.75], [F(1, 2), F(3, 4), F(5, 6)],
    [1, 2.5, F(1, 2)], [True, False, True], [1e308, 1e308], [0.1] * 10,
    [5], [-1.5, 2, 7, 7, 3], [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [float('inf'), 1],
]
for d in datasets:
    for f in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped,
              st.mode, st.multimode, st.variance, st.pvariance, st.stdev, st.pstdev):
        call(f, d)
    call(st.quantiles, d)
    call(st.quantiles, d, n=10, method='inclusive')
for d in ([1, 2, 4], [2.5, 3.5], [F(1, 2), 4], [1], [0, 1], [-1, 2], [], [40, 60]):
    call(st.geometric_mean, d)
    call(st.harmonic_mean, d)
call(st.harmonic_mean, [40, 60], weights=[5, 30])
call(st.harmonic_mean, [40, 60], weights=[5])
call(st.harmonic_mean, [40, 60], weights=[0, 0])
call(st.harmonic_mean, ['a'])
call(st.fmean, [3.5, 4.0, 5.25], [1, 2, 3])
call(st.fmean, iter([1, 2, 3]))
call(st.fmean, [1, 2], [1])
call(st.fmean, [1, 2], [1, -1])
call(st.fmean, [])
call(st.fmean, iter([]))
call(st.mean, [])
call(st.mean, iter([1, 2]))
call(st.mean, ['a', 'b'])
call(st.mean, [1, 'a'])
call(st.mean, [F(1, 3), 0.5])
call(st.median, [])
call(st.median_low, [])
call(st.median_high, [])
call(st.median_grouped, [])
call(st.median_grouped, [52, 52, 53, 54])
call(st.median_grouped, [1, 3, 3, 5, 7], 2)
call(st.median_grouped, [1, 2], 'x')
call(st.mode, [])
call(st.mode, ['red', 'blue', 'blue', 'red'])
call(st.multimode, 'aabbbbccddddeeffffgg')
call(st.multimode, [])
call(st.variance, [1])
call(st.pvariance, [])
call(st.stdev, [1])
call(st.pstdev, [])
call(st.variance, [1, 2, 3, 4], 2.5)
call(st.pvariance, [1, 2, 3, 4], 2)
call(st.stdev, [F(1), F(2), F(4)])
call(st.variance, [F(1), F(2), F(4)])
call(st.pvariance, [1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
call(st.quantiles, [1])
call(st.quantiles, [1, 2, 3], n=0)
call(st.quantiles, [1, 2, 3], method='x')
call(st.quantiles, range(1, 101), n=4)
call(st.quantiles, [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91], n=10)
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
call(st.covariance, x, y)
call(st.correlation, x, y)
call(st.correlation, x, x[::-1])
call(st.linear_regression, x, y)
call(st.linear_regression, x, [2 * v + 1 for v in x])
call(st.linear_regression, x, [3 * v for v in x], proportional=True)
for f in (st.covariance, st.correlation, st.linear_regression):
    call(f, [1, 2], [1])
    call(f, [1], [1])
call(st.linear_regression, [1, 1], [1, 2])
call(st.correlation, [1, 1], [1, 2])
r = st.linear_regression(x, y)
print(type(r).__name__, r.slope, r.intercept, r._fields)

rnd = random.Random(42)
for t in range(40):
    d = [rnd.choice([rnd.randint(-100, 100), rnd.uniform(-10, 10), F(rnd.randint(1, 20), rnd.randint(1, 7))])
         for _ in range(rnd.randint(2, 9))]
    print(st.mean(d), st.median(d), st.variance(d), st.stdev(d), st.pstdev(d), st.fmean(d), st.quantiles(d))
    ys = [rnd.uniform(-5, 5) for _ in d]
    xs = [float(v) for v in d]
    if len(set(xs)) > 1:
        print(st.covariance(xs, ys), st.correlation(xs, ys), tuple(st.linear_regression(xs, ys)))

nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(nd.pdf(110), nd.cdf(130), nd.zscore(70), nd.overlap(st.NormalDist(110, 10)))
print(nd + 5, nd - st.NormalDist(1, 2), nd * 2, 2 * nd, nd / 3, -nd, +nd, 10 - nd)
print(nd == st.NormalDist(100, 15), nd == 3, hash(nd) == hash(st.NormalDist(100.0, 15.0)))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
call(st.NormalDist, 0, -1)
call(st.NormalDist(1, 0).pdf, 1)
print(len(st.NormalDist(0, 1).samples(5, seed=3)))
print(issubclass(st.StatisticsError, ValueError), sorted(st.__all__))
