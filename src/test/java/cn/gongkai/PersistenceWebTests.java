package cn.gongkai;

import cn.gongkai.support.WebTest;

/** The persistence contract on the embedded default, H2. */
@WebTest
class PersistenceWebTests extends PersistenceContract {
}
