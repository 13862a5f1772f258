#!/usr/bin/python3
"""Reference values for tst_metrics_*, computed once with SciPy (Debian: python3-scipy).

Run from this folder: python3 make_metrics_fixtures.py. CI only reads the CSV files it writes.
Every value here comes from SciPy's own routines (norm.ppf, linregress, pearsonr, exponnorm,
scipy.optimize), not from Attend's code.
"""
import csv
import numpy as np
from scipy import optimize, stats

rng = np.random.default_rng(20261125)


def write(name, header, rows):
    with open(name, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([repr(float(v)) if isinstance(v, (float, np.floating)) else v for v in r])


# Signal detection: d' and c with the log-linear (Hautus 1995) and 1/(2N) rules.
z = stats.norm.ppf
rows = []
for hits, misses, fas, crs in [(20, 5, 3, 22), (25, 0, 0, 25), (0, 10, 10, 0), (40, 10, 10, 40),
                               (199, 26, 2, 23), (12, 13, 12, 13), (7, 3, 1, 89)]:
    ns, nn = hits + misses, fas + crs
    h_ll, f_ll = (hits + 0.5) / (ns + 1), (fas + 0.5) / (nn + 1)

    def half(k, n):
        return 0.5 / n if k == 0 else (1 - 0.5 / n if k == n else k / n)

    h_h, f_h = half(hits, ns), half(fas, nn)
    rows.append([hits, misses, fas, crs, z(h_ll) - z(f_ll), -(z(h_ll) + z(f_ll)) / 2,
                 z(h_h) - z(f_h), -(z(h_h) + z(f_h)) / 2])
write("sdt.csv", ["hits", "misses", "false_alarms", "correct_rejections", "dprime_loglinear",
                  "c_loglinear", "dprime_half", "c_half"], rows)

# Least squares lines.
rows = []
for case in range(4):
    x = rng.choice([4, 8, 16, 32, 48], size=6 + case)
    x[0], x[1] = 4, 32
    y = 400 + 25 * x + rng.normal(0, 40, size=x.size)
    r = stats.linregress(x, y)
    rows.append([";".join(str(int(v)) for v in x), ";".join(repr(float(v)) for v in y), r.slope,
                 r.intercept, r.rvalue ** 2])
write("linefit.csv", ["x", "y", "slope", "intercept", "r_squared"], rows)

# Pearson correlation and Spearman-Brown split-half reliability.
rows = []
for case in range(3):
    odd = rng.normal(500, 60, size=12)
    even = odd * 0.6 + rng.normal(200, 40, size=12)
    r = stats.pearsonr(odd, even)[0]
    rows.append([";".join(repr(float(v)) for v in odd), ";".join(repr(float(v)) for v in even), r,
                 2 * r / (1 + r)])
write("splithalf.csv", ["odd", "even", "pearson_r", "spearman_brown"], rows)


# Ex-Gaussian maximum likelihood: scipy's exponnorm(K = tau/sigma, loc = mu, scale = sigma),
# polished with a tight Nelder-Mead on the exact negative log-likelihood.
def exgauss_fit(x):
    k, loc, scale = stats.exponnorm.fit(x)

    def nll(p):
        mu, ls, lt = p
        return -np.sum(stats.exponnorm.logpdf(x, np.exp(lt) / np.exp(ls), loc=mu,
                                              scale=np.exp(ls)))

    p = [loc, np.log(scale), np.log(k * scale)]
    for _ in range(3):
        p = optimize.minimize(nll, p, method="Nelder-Mead",
                              options={"xatol": 1e-10, "fatol": 1e-12, "maxiter": 40000}).x
    return p[0], np.exp(p[1]), np.exp(p[2]), -nll(p)


samples, fits = [], []
for case, (mu, sigma, tau, n) in enumerate([(400, 40, 100, 200), (550, 80, 250, 120),
                                           (300, 25, 60, 60), (0.45, 0.05, 0.15, 300)]):
    x = rng.normal(mu, sigma, n) + rng.exponential(tau, n)
    samples += [[case, v] for v in x]
    fits.append([case, *exgauss_fit(x)])
write("exgaussian_samples.csv", ["case", "rt"], samples)
write("exgaussian_fits.csv", ["case", "mu", "sigma", "tau", "log_likelihood"], fits)


# Weibull psychometric function, maximum likelihood with guess rate 0.5 (and lapse fixed at
# 0.02 or fitted in [0, 0.06]).
def weibull(x, a, b, g, l):
    return g + (1 - g - l) * (1 - np.exp(-(x / a) ** b))


def fit_weibull(x, k, fit_lapse):
    def nll(p):
        a, b = np.exp(p[0]), np.exp(p[1])
        l = 0.06 / (1 + np.exp(-p[2])) if fit_lapse else 0.02
        pr = np.clip(weibull(x, a, b, 0.5, l), 1e-12, 1 - 1e-12)
        return -np.sum(k * np.log(pr) + (1 - k) * np.log(1 - pr))

    best = None
    for a0 in np.unique(x):
        for b0 in [0.5, 1, 2, 4, 8]:
            p0 = [np.log(a0), np.log(b0)] + ([0.0] if fit_lapse else [])
            r = optimize.minimize(nll, p0, method="Nelder-Mead",
                                  options={"xatol": 1e-10, "fatol": 1e-12, "maxiter": 40000})
            if best is None or r.fun < best.fun:
                best = r
    p = best.x
    a, b = np.exp(p[0]), np.exp(p[1])
    l = 0.06 / (1 + np.exp(-p[2])) if fit_lapse else 0.02
    share = (0.75 - 0.5) / (1 - 0.5 - l)
    return a, b, l, a * (-np.log(1 - share)) ** (1 / b), -best.fun


trials, fits = [], []
for case, (alpha, beta, n) in enumerate([(80.0, 2.5, 240), (60.0, 1.5, 200), (120.0, 4.0, 300)]):
    # Display times in whole 60 Hz frames around the threshold, so that the maximum is
    # well defined (no perfect step between two neighbouring levels).
    frames = np.arange(1, 31) * 16.7
    x = rng.choice(frames[(frames >= 0.25 * alpha) & (frames <= 2.5 * alpha)], size=n)
    k = (rng.random(n) < weibull(x, alpha, beta, 0.5, 0.02)).astype(int)
    trials += [[case, xi, ki] for xi, ki in zip(x, k)]
    for fit_lapse in (0, 1):
        fits.append([case, fit_lapse, *fit_weibull(x, k, fit_lapse)])
write("weibull_trials.csv", ["case", "intensity", "correct"], trials)
write("weibull_fits.csv", ["case", "fit_lapse", "alpha", "beta", "lapse", "threshold75",
                           "log_likelihood"], fits)


# EZ-diffusion, from the closed-form equations of Wagenmakers et al. (2007, eqs. 5-9), written
# out here with NumPy.
def ez(pc, vrt, mrt, s=0.1):
    L = np.log(pc / (1 - pc))
    x = L * (L * pc ** 2 - L * pc + pc - 0.5) / vrt
    v = np.sign(pc - 0.5) * s * x ** 0.25
    a = s ** 2 * L / v
    y = -v * a / s ** 2
    mdt = (a / (2 * v)) * (1 - np.exp(y)) / (1 + np.exp(y))
    return v, a, mrt - mdt


rows = []
for pc, vrt, mrt in [(0.802, 0.112, 0.723), (0.95, 0.03, 0.5), (0.65, 0.2, 0.9), (0.3, 0.05, 0.6)]:
    rows.append([pc, vrt, mrt, *ez(pc, vrt, mrt)])
write("ezdiffusion.csv", ["pc", "vrt", "mrt", "v", "a", "ter"], rows)
