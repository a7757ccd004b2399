# Reference values for the lead-lag tests, from statsmodels (0.13.5, Debian's python3-statsmodels).
# Run from this directory:  /usr/bin/python3 reference.py
# It rewrites series.csv and prints the numbers that the Java tests assert.
import warnings

import numpy as np
from statsmodels.regression.linear_model import OLS
from statsmodels.stats.multitest import multipletests
from statsmodels.tools.tools import add_constant
from statsmodels.tsa.adfvalues import mackinnoncrit, mackinnonp
from statsmodels.tsa.stattools import adfuller, ccf, grangercausalitytests, lagmat

warnings.simplefilter("ignore")
rng = np.random.RandomState(17)
n = 150
e = rng.standard_normal(n + 2)
x = np.empty(n + 2)
x[0] = e[0]
for t in range(1, n + 2):
    x[t] = 0.3 * x[t - 1] + e[t]
y = 0.4 * x[:-2] + rng.standard_normal(n)  # y_t depends on x_{t-2}
x = x[2:]
walk = np.cumsum(rng.standard_normal(n))
u = rng.standard_normal(n)
for t in range(2, n):
    u[t] += 0.6 * u[t - 1] - 0.3 * u[t - 2]
ari = np.cumsum(u)  # a unit root with AR(2) differences: AIC should keep some lagged differences
np.savetxt("series.csv", np.column_stack([x, y, walk, ari]), delimiter=",", header="x,y,walk,ari", comments="",
           fmt="%.17g")
x, y, walk, ari = np.loadtxt("series.csv", delimiter=",", skiprows=1, unpack=True)


def show(name, values):
    print(name, "=", ", ".join(repr(float(v)) for v in np.atleast_1d(values)))


maxlag = 4
for label, data in (("x->y", np.column_stack([y, x])), ("y->x", np.column_stack([x, y]))):
    res = grangercausalitytests(data, maxlag, verbose=False)
    show(label + " F", [res[p][0]["ssr_ftest"][0] for p in range(1, maxlag + 1)])
    show(label + " p", [res[p][0]["ssr_ftest"][1] for p in range(1, maxlag + 1)])
    show(label + " dfDenominator", [res[p][0]["ssr_ftest"][2] for p in range(1, maxlag + 1)])
    pvals = [res[p][0]["ssr_ftest"][1] for p in range(1, maxlag + 1)]
    show(label + " holm", multipletests(pvals, method="holm")[1])
    show(label + " bonferroni", multipletests(pvals, method="bonferroni")[1])
    # Lag choice: unrestricted models 1..maxlag, all on the rows maxlag..n-1.
    effect, cause = data[:, 0], data[:, 1]
    aic, bic = [], []
    for p in range(1, maxlag + 1):
        regressors = np.column_stack([lagmat(effect, p)[maxlag:], lagmat(cause, p)[maxlag:]])
        fit = OLS(effect[maxlag:], add_constant(regressors)).fit()
        aic.append(fit.aic)
        bic.append(fit.bic)
    show(label + " aic", aic)
    show(label + " bic", bic)

show("ccf x leads y, lags 0..5", ccf(y, x, adjusted=False)[:6])
show("ccf y leads x, lags 0..5", ccf(x, y, adjusted=False)[:6])

for name, series in (("walk", walk), ("y", y), ("ari", ari)):
    stat, p, lag, nobs, crit, icbest = adfuller(series, autolag="AIC")
    show("adf AIC " + name + " stat, p, lag, nobs", [stat, p, lag, nobs])
    show("adf AIC " + name + " crit 1/5/10", [crit["1%"], crit["5%"], crit["10%"]])
stat, p, lag, nobs, crit = adfuller(walk, maxlag=3, autolag=None)
show("adf fixed 3 walk stat, p, lag, nobs", [stat, p, lag, nobs])
show("adf fixed 3 walk crit", [crit["1%"], crit["5%"], crit["10%"]])
stat, p, lag, nobs, crit, icbest = adfuller(walk, maxlag=6, regression="ct", autolag="AIC")
show("adf ct AIC max 6 walk stat, p, lag, nobs", [stat, p, lag, nobs])
show("adf ct walk crit", [crit["1%"], crit["5%"], crit["10%"]])

stat, p, lag, nobs, crit = adfuller(ari, maxlag=5, autolag=None)
show("adf fixed 5 ari stat, p, lag, nobs", [stat, p, lag, nobs])
show("adf fixed 5 ari crit", [crit["1%"], crit["5%"], crit["10%"]])

taus = [-5.0, -3.5, -2.9, -2.0, -1.0, 0.5]
show("mackinnonp c N=1", [mackinnonp(t, "c", 1) for t in taus])
show("mackinnonp c N=2", [mackinnonp(t, "c", 2) for t in taus])
show("mackinnonp ct N=1", [mackinnonp(t, "ct", 1) for t in taus])
show("mackinnoncrit c N=2 nobs=100", mackinnoncrit(2, "c", 100))
