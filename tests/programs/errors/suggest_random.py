# Generated edit-distance cases: random names and near misses (case flips,
# insertions, deletions, replacements), each looked up as an attribute and
# as a global; the suggestions must be CPython's.
import sys
cases = [('cB_abDcB_abDcB_abDcB_abDcB_abD', ['cB_abDcB_abDcB_abDB_abDcB_abD', 'cB_abDcB_abDcB_abDcB_abDcB_abD', 'cbBEaDbDcB_abDcB_abDcB_abDcb_abD', 'cd_abDcB_BabDcB_abbcB_abDcB_abD']), ('eD_cbEE_dAeD_cbEE_dAeD_cbEE_dAeD_cbEE_dAeD_cbEE_dA', ['eD_cbEE_dAeD_cbEE_EAex_cbEE_dAeD_cbEE_dAeD_cbEE_dA', 'eD_cbEE_dAeD_cbEE_dAeD_cbEE_dAeD_cbEE_dAeD_cbEE_dA', 'eD_cbEE_dAeD_cbEE_dAeD_cbEE_dAeD_cbE_dAeD_cbEE_dA', 'eD_cbEE_dAeD_cbEE_dAeD_cbEE_dAe_D_cbEC_deD_cbEE_dA', 'eD_cbEE_dAeD_cbeE_dAeD_cbEE_dAeD_cbEE_dAeD_cybEE_dA']), ('DB', ['DB', 'Da', 'by']), ('Cx_ba', ['CXxA', 'C_aB', 'C_bD']), ('DexBA_B', ['DexBA_B', 'Dex_BA_B']), ('aCEc', ['aCEA']), ('EAcxDE__xa', ['EAcxDE__x', 'EAcxD__xa', 'EbcxDE_Cxa', 'EcxDE__xabe', 'ExacxDE__xA', 'dCcDEB_xa']), ('CxcDa', ['CBxcDa', 'CXcd', 'CxcDCa', 'CxcDDA', 'CxcDa']), ('xaayeC', ['CAdayeC', 'xYeC', 'xaaayeC', 'xaacybB', 'xaayeC']), ('ECy', ['EC', 'EDy', 'Ecy', 'aECd']), ('Eay', ['Day', 'Eay']), ('z_DDDCy', ['y_DDdeC', 'z_BXDCy', 'z_DDDCy', 'z_DDaDCy']), ('BC', ['BC', 'BCBD', 'Bc', 'Bd', 'c', 'dC']), ('AaADCCxaBADE', ['AaADCCxaBADE']), ('bbeebbeebbeebbeebbee', ['bbeebbeebbbebbeebbee', 'bbeebbeebbeeB_beebbee']), ('ayxcB', ['ayxcB', 'eayxc']), ('Ca', ['CCAa', 'Ca', 'a_', 'cDCA', 'q']), ('CdCb__B_C', ['CdB_dA_B_C', 'CdCb__B_C', 'Cdab___C']), ('z_eEdxeaCc', ['z_eEdxeaCc', 'z_eedXeaCc']), ('bCeD_dd', ['bCeD_dd']), ('bcBEa', ['EbcBExa', 'acBEy', 'xbexEx']), ('AbBCDa_a_D_', ['AbBCDa__', 'AbBCDa_a_D_', 'AbBdCa_a_D_']), ('z_CCBbC_eyaE_', ['Cz_CCBebC_EyaE']), ('z_bxd_', ['D_Bd_', 'Ez_bxd_', 'Z_bxd_', 'z_Bxd_', 'z_bby_', 'z_bxd_']), ('AdCCBacaC_CB', ['AdCBaCaC_CB', 'aDCCBaCaC_CB']), ('axeeAbBBEbAB', ['xeeAbBBEbAb']), ('deB', ['deB', 'yxB']), ('x', ['Ce', 'X', 'dy', 'x']), ('BcDddbcA', ['BcDdDbcA', 'BecDddBcAD', 'XBcDddeBcA']), ('BB_C', ['BB_', 'BB_C', 'by_C']), ('dc', ['E', 'adec', 'bce', 'dc']), ('eCeA_dCDd', ['ECe_dCbd']), ('d_BAd', ['D_BAc', 'd_BAd', 'd_B_d', 'd_BdAd', 'da_Ad', 'deAd']), ('cBadaEcBaxcBadaEcBaxcBadaEcBaxcBadaEcBaxcBadaEcBax', ['cBadaEcDaxcBadaEcBaxcBdaEcBaxcBadaEcBaxcBadaEcBax', 'cBadacBaxbBadaEcBaxcbadaEcBaxcBadaEcBaxcBadaEcBax', 'cBadacBaxcBadaEcBaxcBdadaEcBaxcBadaEcBaxcBadaECBax', 'cBedaEcBaxcBadaEcBaxcBadaEcBaxcBadaEcBaxcBadaEcBax']), ('BAye', ['BADyE', 'BAye', 'CAya']), ('ya', ['Y', 'q', 'y', 'yCB', 'ya', 'yaD']), ('AyyEbDdB', ['AyybDd', 'ybEbDcB']), ('xCcdcBCE', ['xCcccBCE', 'xCcdBcE']), ('dceE', ['bdCeE']), ('C', ['AC', 'q']), ('cCEeyy_ab', ['AcCEeyy_a', 'cBEeyyabb', 'cCEeBy_ab', 'cCEey_ab', 'cCey_ab', 'ycceeyy_ab']), ('EABBayyA_dBx', ['EABBayya_dBx']), ('caa', ['ACa', 'BcEad', 'bccy', 'c', 'caA', 'caa']), ('ECD_ye_', ['CD_yec', 'ECD_y_', 'ECD_ye_', 'EC_yeb', 'aCD_yb_']), ('DbayDB_ycabE', ['DbayDB_eycabE']), ('z_yx', ['z_yX']), ('CceDC', ['CAecDc', 'Cce', 'cyeDC']), ('AEcAAyb', ['AECAy', 'AEcAAyb']), ('ceE_', ['cE_', 'ceE_']), ('AebDADdBEe', ['AbbDADdBEe', 'AecADdBEe']), ('c_yeByeaa_D', ['w_ycByeaaD', 'w_yceByeaa_', 'c_ByeByeeEaa_E', 'c_yeByeaa_D']), ('z_axyC', ['zdaxy']), ('ed', ['e']), ('D_B_yDee_db', ['D_B_yDee_db']), ('dcxAdBAEdB_x', ['cxAdBAExB_d', 'dcaxAdBEAEB_X', 'dcxAdBAEdB_x']), ('cAcxaaacx_', ['cAcbaacx_', 'cAcxaaacx_']), ('by__eCbcbyy', ['By__eCBcbyy', 'by__ECbcbYy', 'by__ECbcby']), ('ayBaBDybACxa', ['ayBaBDybACxa', 'ybayBDybACxa']), ('CbCxyc', ['CbCxyc', 'Cbcy', 'CbdCxYc', 'Cbeyc']), ('DDcB_dC', ['DB_dC', 'DDADBEdC', 'DDCB_CC', 'DDDcBd_dc', 'DDcB_dC'])]

for base, cands in cases:
    C = type('C', (), {c: 1 for c in cands})
    try:
        getattr(C(), base)
        print('found', base)
    except AttributeError as e:
        sys.excepthook(type(e), e, None)
    g = {c: 1 for c in reversed(cands)}
    try:
        exec(base, g)
        print('found', base)
    except NameError as e:
        sys.excepthook(type(e), e, e.__traceback__)

