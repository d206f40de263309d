<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../../clerk_app/ui/common/a11y.py" line="60" />
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
    </context>
    <context>
        <name>ActivityPage</name>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="67" />
            <source>Activity</source>
            <translation>Активность</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="71" />
            <location filename="../../clerk_app/ui/activity/page.py" line="232" />
            <source>Work offline</source>
            <translation>Работать офлайн</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="73" />
            <source>Stop using the network until you choose to sync again (everything you do is kept on this computer)</source>
            <translation>Не использовать сеть, пока вы снова не включите синхронизацию (всё, что вы делаете, сохраняется на этом компьютере)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="76" />
            <source>Sync now</source>
            <translation>Синхронизировать</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="77" />
            <location filename="../../clerk_app/ui/activity/page.py" line="235" />
            <source>Send what waits and fetch what is new, right away</source>
            <translation>Сразу отправить ожидающее и получить новое</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="96" />
            <location filename="../../clerk_app/ui/activity/page.py" line="101" />
            <source>Waiting to sync</source>
            <translation>Ожидает синхронизации</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="97" />
            <source>Done at this counter and saved here; sent to the store server as soon as it can be reached.</source>
            <translation>Сделано на этом рабочем месте и сохранено здесь; будет отправлено на сервер магазина, как только он станет доступен.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="114" />
            <source>Nothing is waiting: everything done here has reached the store server.</source>
            <translation>Ничего не ожидает: всё, что сделано здесь, уже на сервере магазина.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="123" />
            <source>Conflicts</source>
            <translation>Конфликты</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="124" />
            <source>Actions the store server could not apply, and what it says now. Decide for each: open the record, try again, or dismiss it.</source>
            <translation>Действия, которые сервер магазина не смог применить, и их текущее состояние на сервере. Для каждого решите: открыть запись, повторить или убрать.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="136" />
            <source>No conflicts.</source>
            <translation>Конфликтов нет.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="143" />
            <location filename="../../clerk_app/ui/activity/page.py" line="147" />
            <source>Sync log</source>
            <translation>Журнал синхронизации</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="144" />
            <source>What the sync did since Clerk started, newest first.</source>
            <translation>Что сделала синхронизация после запуска Clerk, сначала новое.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="175" />
            <source>The oldest %1 of %2 are shown.</source>
            <translation>Показаны самые старые: %1 из %2.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="204" />
            <source>Connected to the store server.</source>
            <translation>Подключено к серверу магазина.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="205" />
            <source>The store server cannot be reached; Clerk keeps trying.</source>
            <translation>Сервер магазина недоступен; Clerk продолжает попытки.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="206" />
            <source>Working offline: nothing is sent until you sync again.</source>
            <translation>Офлайн-режим: ничего не отправляется, пока вы снова не синхронизируете.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="207" />
            <source>The store server no longer accepts this computer.</source>
            <translation>Сервер магазина больше не принимает этот компьютер.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="208" />
            <source>The store server answers with errors; Clerk keeps trying.</source>
            <translation>Сервер магазина отвечает ошибками; Clerk продолжает попытки.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="209" />
            <source>The store server needs a newer Clerk: nothing is sent until Clerk is updated on this computer.</source>
            <translation>Серверу магазина нужна более новая версия Clerk: ничего не отправляется, пока Clerk на этом компьютере не обновят.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="216" />
            <source>last synced %1</source>
            <translation>синхронизировано %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="217" />
            <source>not synced yet</source>
            <translation>ещё не синхронизировано</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="227" />
            <source>Sync requested.</source>
            <translation>Запрошена синхронизация.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="232" />
            <source>Go back online</source>
            <translation>Вернуться в сеть</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="234" />
            <source>Go back online first</source>
            <translation>Сначала вернитесь в сеть</translation>
        </message>
    </context>
    <context>
        <name>AddToCartDialog</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="238" />
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="239" />
            <source>Add to the customer's online cart</source>
            <translation>Добавление в онлайн-корзину клиента</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="240" />
            <source>Add to cart</source>
            <translation>Добавить в корзину</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="241" />
            <source>The customer sees it in their cart on the web and in the app, and buys it later.</source>
            <translation>Клиент увидит товар в своей корзине на сайте и в приложении и купит его позже.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="247" />
            <source>Offline: the line is added here now and reaches the customer's cart when the connection is back.</source>
            <translation>Нет связи: товар добавлен здесь и попадёт в корзину клиента, когда связь восстановится.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="258" />
            <source>Added to the customer's online cart.</source>
            <translation>Добавлено в онлайн-корзину клиента.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="78" />
            <source>Manager approval</source>
            <translation>Подтверждение менеджера</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="82" />
            <source>A manager must approve: %1 for order %2</source>
            <translation>Нужно подтверждение менеджера: «%1», заказ %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="93" />
            <source>The manager types their own password</source>
            <translation>Менеджер вводит свой пароль</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="101" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="106" />
            <source>A manager must sign in on this computer once before they can approve here. Ask a manager to sign in (Lock, then Switch staff), then try again.</source>
            <translation>Чтобы подтверждать здесь, менеджер должен хотя бы раз войти на этом компьютере. Попросите менеджера войти («Заблокировать», затем «Сменить сотрудника») и повторите.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="111" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="118" />
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="119" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="121" />
            <source>The action is recorded in the manager's name.</source>
            <translation>Действие записывается на имя менеджера.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="122" />
            <location filename="../../clerk_app/ui/common/approval.py" line="185" />
            <source>Approve</source>
            <translation>Подтвердить</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="145" />
            <source>The manager types their password to approve.</source>
            <translation>Для подтверждения менеджер вводит свой пароль.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="173" />
            <source>That password doesn't match %1's. Nothing was done.</source>
            <translation>Это не пароль сотрудника %1. Ничего не сделано.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/approval.py" line="175" />
            <source>Too many wrong passwords. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Слишком много неверных паролей. Повторите через %n минуту.</numerusform>
                <numerusform>Слишком много неверных паролей. Повторите через %n минуты.</numerusform>
                <numerusform>Слишком много неверных паролей. Повторите через %n минут.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/approval.py" line="177" />
            <source>%1 hasn't signed in on this computer in the last %n hour(s). They need to sign in here once more before they can approve.</source>
            <translation>
                <numerusform>Сотрудник %1 не входил на этом компьютере за последний %n час. Чтобы подтверждать, нужно ещё раз войти здесь.</numerusform>
                <numerusform>Сотрудник %1 не входил на этом компьютере за последние %n часа. Чтобы подтверждать, нужно ещё раз войти здесь.</numerusform>
                <numerusform>Сотрудник %1 не входил на этом компьютере за последние %n часов. Чтобы подтверждать, нужно ещё раз войти здесь.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="185" />
            <source>Checking…</source>
            <translation>Проверка…</translation>
        </message>
    </context>
    <context>
        <name>ArrivalDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="316" />
            <source>Customer arrived</source>
            <translation>Клиент пришёл</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="319" />
            <source>%1 is here for order %2</source>
            <translation>Клиент %1 пришёл за заказом %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="322" />
            <source>Note (optional), for example: waiting in the car, blue van</source>
            <translation>Заметка (необязательно), например: ждёт в машине, синий фургон</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="324" />
            <source>Arrival note</source>
            <translation>Заметка о приходе</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="324" />
            <source>Optional, for whoever brings the order out</source>
            <translation>Необязательно, для того, кто вынесет заказ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="326" />
            <source>Record arrival</source>
            <translation>Отметить приход</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="69" />
            <source>Close this message</source>
            <translation>Закрыть сообщение</translation>
        </message>
    </context>
    <context>
        <name>CameraButton</name>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="105" />
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="106" />
            <source>Scan with the camera</source>
            <translation>Сканировать камерой</translation>
        </message>
    </context>
    <context>
        <name>CameraScanDialog</name>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="168" />
            <source>Scan with the camera</source>
            <translation>Сканирование камерой</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="171" />
            <source>Hold the QR code or barcode in front of the camera, a hand's width away.</source>
            <translation>Поднесите QR-код или штрихкод к камере на расстояние ладони.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="175" />
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="177" />
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="213" />
            <source>Camera</source>
            <translation>Камера</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="190" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="199" />
            <source>Scanning with the camera is not available on this computer. Type the code, or use the scanner.</source>
            <translation>На этом компьютере сканировать камерой нельзя. Введите код вручную или воспользуйтесь сканером.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="209" />
            <source>No camera was found on this computer. Connect one and try again, or type the code.</source>
            <translation>На этом компьютере не найдена камера. Подключите камеру и попробуйте ещё раз или введите код вручную.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="236" />
            <source>Clerk may not use the camera. Allow Clerk to use it in this computer's privacy settings (Camera), then try again.</source>
            <translation>У Clerk нет доступа к камере. Разрешите его в настройках конфиденциальности этого компьютера (раздел «Камера») и попробуйте ещё раз.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/camera_dialog.py" line="263" />
            <source>The camera could not be started. Close other apps that may be using it, then try again.</source>
            <translation>Не удалось включить камеру. Закройте другие приложения, которые могут её использовать, и попробуйте ещё раз.</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="34" />
            <source>The customer asked to cancel</source>
            <translation>Клиент попросил отменить</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="34" />
            <source>Items out of stock or damaged</source>
            <translation>Товара нет в наличии или он повреждён</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="35" />
            <source>Payment problem</source>
            <translation>Проблема с оплатой</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="35" />
            <source>Duplicate order</source>
            <translation>Дубликат заказа</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="35" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="43" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="68" />
            <source>Cancel order</source>
            <translation>Отмена заказа</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="47" />
            <source>Cancel order %1</source>
            <translation>Отмена заказа %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="49" />
            <source>The customer is told the order is cancelled, and its items go back to stock.</source>
            <translation>Клиент получит уведомление об отмене, а товары вернутся в продажу.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="55" />
            <source>Choose a reason…</source>
            <translation>Выберите причину…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="59" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="62" />
            <source>Details (needed for Other)</source>
            <translation>Подробности (обязательно для «Другое»)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="64" />
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="70" />
            <source>Keep the order</source>
            <translation>Не отменять</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="84" />
            <source>Choose why the order is cancelled.</source>
            <translation>Выберите причину отмены заказа.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="86" />
            <source>Say in a few words why the order is cancelled.</source>
            <translation>Коротко опишите, почему заказ отменяется.</translation>
        </message>
    </context>
    <context>
        <name>CartCard</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="253" />
            <source>Online cart</source>
            <translation>Онлайн-корзина</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="276" />
            <source>No online cart.</source>
            <translation>Онлайн-корзины нет.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="279" />
            <source>Active</source>
            <translation>Активна</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="279" />
            <source>Abandoned</source>
            <translation>Брошена</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="280" />
            <source>Ordered</source>
            <translation>Оформлена</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="283" />
            <source>%1 · updated %2</source>
            <translation>%1 · обновлена %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="285" />
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="285" />
            <source>Qty</source>
            <translation>Кол-во</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="285" />
            <source>Price</source>
            <translation>Цена</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="285" />
            <source>In this store</source>
            <translation>В этом магазине</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="302" />
            <source>Waiting to sync</source>
            <translation>Ожидает синхронизации</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="303" />
            <source>Added on this computer; it reaches the customer's cart when the connection is back.</source>
            <translation>Добавлено на этом компьютере; попадёт в корзину клиента, когда связь восстановится.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="309" />
            <source>Find in other stores</source>
            <translation>Найти в других магазинах</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="310" />
            <source>See which stores have this product</source>
            <translation>Посмотреть, в каких магазинах есть этот товар</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="312" />
            <source>Order for pickup at…</source>
            <translation>Заказать на самовывоз в…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="313" />
            <source>Order it for the customer to collect at a store that has it</source>
            <translation>Заказать товар, чтобы клиент забрал его в магазине, где он есть</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="326" />
            <source>Not stocked here</source>
            <translation>Нет в ассортименте</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="328" />
            <source>None available</source>
            <translation>Нет в наличии</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="330" />
            <source>Only %1 available</source>
            <translation>В наличии только %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="332" />
            <source>%1 available</source>
            <translation>%1 в наличии</translation>
        </message>
    </context>
    <context>
        <name>ClerkContext</name>
        <message>
            <location filename="../../clerk_app/ui/common/context.py" line="175" />
            <source>An action could not be applied by the store server. See Activity.</source>
            <translation>Сервер магазина не смог применить действие. Откройте «Активность».</translation>
        </message>
    </context>
    <context>
        <name>ConflictItem</name>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="139" />
            <source>Now:</source>
            <translation>Сейчас:</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="144" />
            <source>Tried by %1 at %2</source>
            <translation>Попытка: %1, %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="149" />
            <source>The store server says: %1</source>
            <translation>Ответ сервера магазина: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="155" />
            <source>Open the record</source>
            <translation>Открыть запись</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="158" />
            <source>Retry</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="159" />
            <source>Send the same action again, as you, now</source>
            <translation>Отправить это же действие ещё раз, от вашего имени, сейчас</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="162" />
            <source>Dismiss</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="163" />
            <source>Accept the store server's version and remove this from the list</source>
            <translation>Принять версию сервера магазина и убрать из списка</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="167" />
            <source>Order again…</source>
            <translation>Заказать снова…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="168" />
            <source>Choose another store, or fewer, for the same customer</source>
            <translation>Выбрать другой магазин или меньшее количество для того же клиента</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="208" />
            <source>Queued again: %1</source>
            <translation>Снова в очереди: %1</translation>
        </message>
    </context>
    <context>
        <name>ConnectionStatus</name>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="98" />
            <source>Open Activity: what waits to sync, conflicts and the sync log</source>
            <translation>Открыть «Активность»: что ожидает синхронизации, конфликты и журнал синхронизации</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="112" />
            <source>Connected to the store server; changes arrive within a second.</source>
            <translation>Подключено к серверу магазина; изменения приходят в течение секунды.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="113" />
            <source>The store server cannot be reached. Keep working: what you do is saved here and syncs when the connection is back.</source>
            <translation>Сервер магазина недоступен. Продолжайте работу: всё, что вы делаете, сохраняется здесь и синхронизируется, когда связь восстановится.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="115" />
            <source>You chose to work offline. Nothing is sent until you sync again.</source>
            <translation>Вы выбрали офлайн-режим. Ничего не отправляется, пока вы снова не синхронизируете.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="116" />
            <source>The store server no longer accepts this computer. A manager must enroll it again.</source>
            <translation>Сервер магазина больше не принимает этот компьютер. Менеджер должен подключить его заново.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="117" />
            <source>The store server answers with errors. Clerk keeps retrying; your work is safe.</source>
            <translation>Сервер магазина отвечает ошибками. Clerk продолжает попытки; ваша работа в безопасности.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="118" />
            <source>The store server needs a newer Clerk. Keep working: what you do is saved here and syncs once IT updates Clerk on this computer.</source>
            <translation>Серверу магазина нужна более новая версия Clerk. Продолжайте работать: всё сохраняется здесь и синхронизируется, когда ИТ-отдел обновит Clerk на этом компьютере.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="137" />
            <source>Synced %1</source>
            <translation>Синхронизировано %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="138" />
            <source>Not synced yet</source>
            <translation>Ещё не синхронизировано</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/main_window.py" line="141" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>ожидают синхронизации: %n</numerusform>
                <numerusform>ожидают синхронизации: %n</numerusform>
                <numerusform>ожидают синхронизации: %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="141" />
            <source>All synced</source>
            <translation>Всё синхронизировано</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/main_window.py" line="143" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n конфликт</numerusform>
                <numerusform>%n конфликта</numerusform>
                <numerusform>%n конфликтов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="145" />
            <source>New conflict: an action was not applied. Activity shows it and your choices.</source>
            <translation>Новый конфликт: действие не применено. «Активность» показывает его и что можно сделать.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="78" />
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="91" />
            <source>Something went wrong.</source>
            <translation>Что-то пошло не так.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="92" />
            <source>Your work waiting to sync is safe. Clerk can keep running; if this repeats, restart it.</source>
            <translation>Ваша работа, ожидающая синхронизации, в безопасности. Clerk может продолжить работу; если ошибка повторится, перезапустите его.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="102" />
            <source>Copy details</source>
            <translation>Копировать подробности</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="103" />
            <source>Copy the technical details, to send to your IT support</source>
            <translation>Скопировать технические подробности, чтобы отправить их в службу ИТ-поддержки</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="105" />
            <source>Quit Clerk</source>
            <translation>Выйти из Clerk</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="107" />
            <source>Continue</source>
            <translation>Продолжить</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/crash.py" line="121" />
            <source>This happened %n time(s).</source>
            <translation>
                <numerusform>Это произошло %n раз.</numerusform>
                <numerusform>Это произошло %n раза.</numerusform>
                <numerusform>Это произошло %n раз.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="127" />
            <source>Copied</source>
            <translation>Скопировано</translation>
        </message>
    </context>
    <context>
        <name>CustomerChoice</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="40" />
            <source>Change</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="41" />
            <source>Order for another customer</source>
            <translation>Заказ для другого клиента</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="46" />
            <source>Search this computer's customers: name, phone, email or card</source>
            <translation>Поиск клиентов на этом компьютере: имя, телефон, email или карта</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="48" />
            <source>Search customers</source>
            <translation>Поиск клиентов</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/customer_choice.py" line="96" />
            <source>No customer on this computer matches.</source>
            <translation>На этом компьютере нет подходящих клиентов.</translation>
        </message>
    </context>
    <context>
        <name>CustomerView</name>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="76" />
            <source>Order history</source>
            <translation>История заказов</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="78" />
            <source>All channels · click an order for its lines</source>
            <translation>Все каналы · нажмите на заказ, чтобы увидеть позиции</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="213" />
            <source>Loading this customer from the server…</source>
            <translation>Загружаем данные клиента с сервера…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="214" />
            <source>This customer is not on this computer, and the server cannot be asked right now.</source>
            <translation>Этого клиента нет на этом компьютере, а сервер сейчас недоступен.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="233" />
            <source>From the server · not kept on this computer</source>
            <translation>С сервера · не хранится на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="236" />
            <source>Up to date · %1</source>
            <translation>Актуально · %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="237" />
            <source>Checked with the store server just now.</source>
            <translation>Только что сверено с сервером магазина.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="239" />
            <source>Offline — as of %1</source>
            <translation>Нет связи — данные на %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="240" />
            <source>The store server cannot be reached: this is what this computer last heard.</source>
            <translation>Сервер магазина недоступен: это последние данные, полученные этим компьютером.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="242" />
            <source>As of %1 · refreshing…</source>
            <translation>Данные на %1 · обновляем…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="245" />
            <source>As of %1</source>
            <translation>Данные на %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="246" />
            <source>The server could not be asked just now.</source>
            <translation>Сейчас не удалось обратиться к серверу.</translation>
        </message>
    </context>
    <context>
        <name>Customers</name>
        <message>
            <location filename="../../clerk_app/ui/customers/results.py" line="58" />
            <location filename="../../clerk_app/ui/customers/results.py" line="151" />
            <source>From the server</source>
            <translation>С сервера</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="22" />
            <source>No tier</source>
            <translation>Без уровня</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="24" />
            <source>Platinum</source>
            <translation>Платиновый</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="25" />
            <source>Gold</source>
            <translation>Золотой</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="26" />
            <source>Silver</source>
            <translation>Серебряный</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>Web</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>App</source>
            <translation>Приложение</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>In store</source>
            <translation>В магазине</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="32" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="32" />
            <source>Text message</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="38" />
            <source>Placed</source>
            <translation>Оформлен</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="39" />
            <source>Paid</source>
            <translation>Оплачен</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="40" />
            <source>Fulfilled</source>
            <translation>Выполнен</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="41" />
            <location filename="../../clerk_app/ui/customers/text.py" line="50" />
            <source>Cancelled</source>
            <translation>Отменён</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="42" />
            <source>Returned</source>
            <translation>Возвращён</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="43" />
            <source>Partly returned</source>
            <translation>Частично возвращён</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="48" />
            <source>New</source>
            <translation>Новый</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="48" />
            <source>Being picked</source>
            <translation>Собирается</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="48" />
            <source>Ready for pickup</source>
            <translation>Готов к выдаче</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="49" />
            <source>Collected</source>
            <translation>Выдан</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="49" />
            <source>Not collected</source>
            <translation>Не забран</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="49" />
            <source>Restocked</source>
            <translation>Возвращён в продажу</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="61" />
            <source>Delivery</source>
            <translation>Доставка</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="67" />
            <source>Bought in store</source>
            <translation>Покупка в магазине</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="68" />
            <source>Bought at %1</source>
            <translation>Покупка в магазине %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="68" />
            <source>Bought in another store</source>
            <translation>Покупка в другом магазине</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="71" />
            <source>Pickup here</source>
            <translation>Самовывоз здесь</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="72" />
            <source>Pickup at %1</source>
            <translation>Самовывоз в магазине %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="72" />
            <source>Pickup at another store</source>
            <translation>Самовывоз в другом магазине</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="73" />
            <source>Customers</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="105" />
            <source>Find a customer</source>
            <translation>Найти клиента</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="107" />
            <source>Type a name, email, phone, loyalty card or order number — or scan it.</source>
            <translation>Введите имя, эл. почту, телефон, номер карты лояльности или заказа — или отсканируйте.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="111" />
            <source>Ctrl+K jumps to the search bar from anywhere.</source>
            <translation>Ctrl+K — переход к строке поиска с любого экрана.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="142" />
            <source>No customer found for “%1”.</source>
            <translation>Клиент по запросу «%1» не найден.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="203" />
            <source>Search results appear here.</source>
            <translation>Здесь появятся результаты поиска.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="206" />
            <source>Found: %1</source>
            <translation>Найдено: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="206" />
            <source>No customer found</source>
            <translation>Клиенты не найдены</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="208" />
            <source>on this computer · asking the server…</source>
            <translation>на этом компьютере · запрос к серверу…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="210" />
            <source>%1 more from the server</source>
            <translation>ещё %1 с сервера</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="211" />
            <source>the server has no others</source>
            <translation>на сервере других нет</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="213" />
            <source>from this computer only (the server did not answer)</source>
            <translation>только с этого компьютера (сервер не ответил)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="215" />
            <source>from this computer only (signed in offline)</source>
            <translation>только с этого компьютера (вход без сети)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="217" />
            <source>Offline — from this computer only</source>
            <translation>Нет связи — только с этого компьютера</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="58" />
            <source>Under 1 h</source>
            <translation>Меньше 1 ч</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="58" />
            <source>1–4 h</source>
            <translation>1–4 ч</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="59" />
            <source>4–24 h</source>
            <translation>4–24 ч</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="59" />
            <source>1–3 days</source>
            <translation>1–3 дня</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="60" />
            <source>Over 3 days</source>
            <translation>Больше 3 дней</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="219" />
            <source>Pickups per day</source>
            <translation>Заказы на самовывоз по дням</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="224" />
            <source>Created</source>
            <translation>Создано</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="225" />
            <source>Picked up</source>
            <translation>Выдано</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="230" />
            <source>How long open pickups have waited</source>
            <translation>Сколько ждут открытые заказы</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="235" />
            <source>Waiting</source>
            <translation>Ожидают</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="65" />
            <source>Only a store manager can see the store's figures.</source>
            <translation>Показатели магазина доступны только менеджеру магазина.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="95" />
            <source>Dashboard</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="98" />
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="98" />
            <source>7 days</source>
            <translation>7 дней</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="98" />
            <source>30 days</source>
            <translation>30 дней</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="98" />
            <source>Custom</source>
            <translation>Свой период</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="123" />
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="128" />
            <source>Export to CSV…</source>
            <translation>Экспорт в CSV…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="129" />
            <source>Save the pickups created in this period as a spreadsheet file</source>
            <translation>Сохранить заказы на самовывоз, созданные за этот период, в файл таблицы</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="136" />
            <source>Closed pickups older than 30 days are not kept on this computer; these figures may be incomplete.</source>
            <translation>Закрытые заказы старше 30 дней не хранятся на этом компьютере; показатели могут быть неполными.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="143" />
            <source>Open pickups</source>
            <translation>Открытые заказы</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="143" />
            <source>Overdue now</source>
            <translation>Просрочено сейчас</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="144" />
            <source>Ready and waiting</source>
            <translation>Готовы и ждут</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="144" />
            <source>Picked up today</source>
            <translation>Выдано сегодня</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="145" />
            <source>Orders in the period</source>
            <translation>Заказы за период</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="145" />
            <source>Order to ready (median)</source>
            <translation>От заказа до готовности (медиана)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="146" />
            <source>Ready on time</source>
            <translation>Готовы вовремя</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="146" />
            <source>Wait on shelf (median)</source>
            <translation>Время на полке (медиана)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="147" />
            <source>No-show rate</source>
            <translation>Доля незабранных</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="150" />
            <source>Right now</source>
            <translation>Сейчас</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="278" />
            <source>Orders created %1</source>
            <translation>Заказы, созданные %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="293" />
            <source>on %1</source>
            <translation>%1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="294" />
            <source>from %1 to %2</source>
            <translation>с %1 по %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="300" />
            <source>%1 new · %2 picking · %3 ready</source>
            <translation>новые: %1 · в сборке: %2 · готовы: %3</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="303" />
            <source>not ready by the promised time</source>
            <translation>не готовы к обещанному сроку</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="307" />
            <source>%n past collect-by</source>
            <translation>
                <numerusform>%n с истёкшим сроком хранения</numerusform>
                <numerusform>%n с истёкшим сроком хранения</numerusform>
                <numerusform>%n с истёкшим сроком хранения</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="307" />
            <source>on the shelf</source>
            <translation>на полке</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="308" />
            <source>handed over since midnight</source>
            <translation>выдано с полуночи</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="309" />
            <source>%1 picked up · %2 no-show · %3 cancelled</source>
            <translation>выдано: %1 · не забрано: %2 · отменено: %3</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="312" />
            <source>No order created in this period has been ready yet.</source>
            <translation>Ни один заказ, созданный за этот период, ещё не был готов.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="313" />
            <source>from order to on the shelf</source>
            <translation>от заказа до полки</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="315" />
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="317" />
            <source>by the promised time</source>
            <translation>к обещанному сроку</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="319" />
            <source>from ready to collected</source>
            <translation>от готовности до выдачи</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="320" />
            <source>No order created in this period has been collected yet.</source>
            <translation>Ни один заказ, созданный за этот период, ещё не выдан.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="322" />
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="325" />
            <source>of collected or missed orders</source>
            <translation>среди выданных и не забранных заказов</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="323" />
            <source>No order created in this period was collected or missed yet.</source>
            <translation>Ни один заказ, созданный за этот период, ещё не выдан и не отмечен как не забранный.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="336" />
            <source>Overdue</source>
            <translation>Просрочены</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="336" />
            <source>Past collect-by</source>
            <translation>Срок хранения истёк</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="337" />
            <source>To restock (no-shows)</source>
            <translation>Вернуть в продажу (не забранные)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="352" />
            <source>Figures from this computer's data; it has not synced with the store server yet.</source>
            <translation>Показатели по данным этого компьютера; он ещё не синхронизировался с сервером магазина.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="354" />
            <source>Figures from this computer's data, as of %1.</source>
            <translation>Показатели по данным этого компьютера на %1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="356" />
            <source>Offline: figures from this computer's data as of %1. Changes made elsewhere since then are not counted.</source>
            <translation>Нет связи: показатели по данным этого компьютера на %1. Изменения, сделанные в других местах после этого, не учтены.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="371" />
            <source>Export pickups to CSV</source>
            <translation>Экспорт заказов на самовывоз в CSV</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="372" />
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="392" />
            <source>%Ln pickup(s) created %1, with their state now.</source>
            <translation>
                <numerusform>%Ln заказ на самовывоз, созданный %1, с текущим статусом.</numerusform>
                <numerusform>%Ln заказа на самовывоз, созданные %1, с текущим статусом.</numerusform>
                <numerusform>%Ln заказов на самовывоз, созданных %1, с текущим статусом.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DemoMenu</name>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="50" />
            <source>&amp;Demo</source>
            <translation>&amp;Демо</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="51" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="53" />
            <location filename="../../clerk_app/ui/demo/menu.py" line="72" />
            <source>Restore the connection</source>
            <translation>Восстановить связь</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="53" />
            <location filename="../../clerk_app/ui/demo/menu.py" line="72" />
            <source>Cut the connection</source>
            <translation>Отключить связь</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="54" />
            <source>Act as if the store's network cable were pulled</source>
            <translation>Имитировать отключение сетевого кабеля магазина</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="55" />
            <source>New web order for pickup</source>
            <translation>Новый онлайн-заказ на самовывоз</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="56" />
            <source>Customer edits their online cart</source>
            <translation>Клиент меняет онлайн-корзину</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="57" />
            <source>Cancel an order centrally</source>
            <translation>Отменить заказ централизованно</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="58" />
            <location filename="../../clerk_app/ui/demo/menu.py" line="143" />
            <source>Demo tour</source>
            <translation>Демо-тур</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="75" />
            <source>The connection is cut. Keep working: what you do waits to sync.</source>
            <translation>Связь отключена. Продолжайте работу: всё, что вы делаете, ждёт синхронизации.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="76" />
            <source>The connection is back. Waiting actions are being sent.</source>
            <translation>Связь восстановлена. Ожидающие действия отправляются.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="100" />
            <source>A new web order for pickup arrived: order %1 for %2.</source>
            <translation>Поступил новый онлайн-заказ на самовывоз: заказ %1, клиент %2.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="102" />
            <source>No customer could place a web order.</source>
            <translation>Ни один клиент не смог оформить онлайн-заказ.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="113" />
            <source>%1 changed their online cart; it now comes to %2.</source>
            <translation>Клиент %1 изменил онлайн-корзину; теперь сумма %2.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="115" />
            <source>No customer has a cart to edit.</source>
            <translation>Ни у одного клиента нет корзины для изменения.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="129" />
            <source>The customer service centre cancelled order %1 (%2). If it was being handed over here, Activity shows a conflict.</source>
            <translation>Служба поддержки клиентов отменила заказ %1 (%2). Если его выдавали здесь, в «Активности» появится конфликт.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="132" />
            <source>No open order of this store could be cancelled.</source>
            <translation>Нет открытых заказов этого магазина, которые можно отменить.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="140" />
            <source>%1 (username %2)</source>
            <translation>%1 (логин %2)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="142" />
            <source>an associate</source>
            <translation>продавец</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="143" />
            <source>Try this</source>
            <translation>Попробуйте так</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="145" />
            <source>&lt;ol&gt;&lt;li&gt;Sign in as %1 with the password &lt;b&gt;%2&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Demo → &lt;b&gt;Cut the connection&lt;/b&gt;: the status bar turns to Offline.&lt;/li&gt;&lt;li&gt;Open Pickups and hand over a ready order: it shows at once, marked as waiting to sync.&lt;/li&gt;&lt;li&gt;Demo → &lt;b&gt;Restore the connection&lt;/b&gt; and watch it sync in Activity.&lt;/li&gt;&lt;li&gt;Cut the connection again, start handing over another order, then Demo → &lt;b&gt;Cancel an order centrally&lt;/b&gt;. Restore the connection: Activity shows the conflict and your choices.&lt;/li&gt;&lt;li&gt;While online, Demo → &lt;b&gt;New web order for pickup&lt;/b&gt;: it appears in Pickups without a refresh.&lt;/li&gt;&lt;/ol&gt;</source>
            <translation>&lt;ol&gt;&lt;li&gt;Войдите как %1 с паролем &lt;b&gt;%2&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Демо → &lt;b&gt;Отключить связь&lt;/b&gt;: в строке состояния появится «Нет связи».&lt;/li&gt;&lt;li&gt;Откройте «Самовывоз» и выдайте готовый заказ: выдача сразу отобразится с отметкой «Ожидает синхронизации».&lt;/li&gt;&lt;li&gt;Демо → &lt;b&gt;Восстановить связь&lt;/b&gt; — и посмотрите синхронизацию в разделе «Активность».&lt;/li&gt;&lt;li&gt;Снова отключите связь, начните выдачу другого заказа, затем Демо → &lt;b&gt;Отменить заказ централизованно&lt;/b&gt;. Восстановите связь: в «Активности» появится конфликт и варианты действий.&lt;/li&gt;&lt;li&gt;Когда связь есть, Демо → &lt;b&gt;Новый онлайн-заказ на самовывоз&lt;/b&gt;: заказ появится в «Самовывозе» без обновления.&lt;/li&gt;&lt;/ol&gt;</translation>
        </message>
    </context>
    <context>
        <name>EnrollCountersDialog</name>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="38" />
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="43" />
            <source>Enroll counters</source>
            <translation>Подключить рабочие места</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="54" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="55" />
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="137" />
            <source>Create code</source>
            <translation>Создать код</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="56" />
            <source>Copy code</source>
            <translation>Скопировать код</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="57" />
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="74" />
            <source>A code lets new counters join %1 without a manager's password: type it on the counter when Clerk first starts, or give it to IT.</source>
            <translation>Код позволяет подключить новые рабочие места к %1 без пароля менеджера: введите его на рабочем месте при первом запуске Clerk или передайте в ИТ-отдел.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="83" />
            <source>Valid for (hours)</source>
            <translation>Срок действия (часов)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="84" />
            <source>Number of counters</source>
            <translation>Количество рабочих мест</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="104" />
            <source>This code is shown only now. Write it down or copy it before you close this window.</source>
            <translation>Код показывается только сейчас. Запишите или скопируйте его, прежде чем закрыть окно.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="137" />
            <source>Creating…</source>
            <translation>Создание…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="159" />
            <source>Works until %1 for %n counter(s).</source>
            <translation>
                <numerusform>Действует до %1 для %n рабочего места.</numerusform>
                <numerusform>Действует до %1 для %n рабочих мест.</numerusform>
                <numerusform>Действует до %1 для %n рабочих мест.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="168" />
            <source>Copied</source>
            <translation>Скопировано</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="180" />
            <source>Creating a code needs your online sign-in. Lock the screen and sign in again while the store server can be reached.</source>
            <translation>Чтобы создать код, нужен вход онлайн. Заблокируйте экран и войдите снова, когда сервер магазина будет доступен.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="185" />
            <source>Clerk can't reach the store server, and creating a code needs it. Try again when the connection is back.</source>
            <translation>Clerk не может связаться с сервером магазина, а без него код не создать. Повторите попытку, когда связь восстановится.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="190" />
            <source>Only a manager of this store can create enrollment codes.</source>
            <translation>Создавать коды подключения может только менеджер этого магазина.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="192" />
            <source>The store server is busy. Try again in a moment.</source>
            <translation>Сервер магазина занят. Повторите попытку чуть позже.</translation>
        </message>
    </context>
    <context>
        <name>EnrollDialog</name>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="60" />
            <source>Set up Clerk on this computer</source>
            <translation>Настройка Clerk на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="66" />
            <source>Set up this computer</source>
            <translation>Настройка компьютера</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="78" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="79" />
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="80" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="207" />
            <source>Continue</source>
            <translation>Продолжить</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="84" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="208" />
            <source>Connect this computer</source>
            <translation>Подключить компьютер</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="105" />
            <source>Clerk connects to your store once. A manager signs in here to do it; after that, staff sign in with their own username.</source>
            <translation>Clerk подключается к магазину один раз. Для этого здесь входит менеджер; после этого сотрудники входят под своими логинами.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="115" />
            <source>Store server address</source>
            <translation>Адрес сервера магазина</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="120" />
            <source>A manager signs in</source>
            <translation>Вход менеджера</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="121" />
            <source>I have an enrollment code</source>
            <translation>У меня есть код подключения</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="128" />
            <source>Manager's username</source>
            <translation>Логин менеджера</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="128" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="131" />
            <source>Set by your IT department</source>
            <translation>Задано ИТ-отделом</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="134" />
            <source>Enrollment code</source>
            <translation>Код подключения</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="134" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="172" />
            <source>This computer's name</source>
            <translation>Имя этого компьютера</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="164" />
            <source>As staff call it, e.g. Riverside</source>
            <translation>Как его называют сотрудники, например «Речной»</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="166" />
            <source>Store</source>
            <translation>Магазин</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="171" />
            <source>Store name shown in Clerk</source>
            <translation>Название магазина в Clerk</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="207" />
            <source>Signing in…</source>
            <translation>Вход…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="208" />
            <source>Connecting…</source>
            <translation>Подключение…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="222" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="275" />
            <source>The store server address must start with https:// (http:// only for a server on this computer), for example https://central.example.com</source>
            <translation>Адрес сервера магазина должен начинаться с https:// (http:// — только для сервера на этом компьютере), например https://central.example.com</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="228" />
            <source>Enter the manager's username and password.</source>
            <translation>Введите логин и пароль менеджера.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="255" />
            <source>Signed in as %1 (manager). Choose the store this computer works for.</source>
            <translation>Вы вошли как %1 (менеджер). Выберите магазин, в котором работает этот компьютер.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="282" />
            <source>An enrollment code has ten letters and digits, like %1. Check it and try again.</source>
            <translation>Код подключения состоит из десяти букв и цифр, например %1. Проверьте его и повторите попытку.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="345" />
            <source>Only a manager can set up this computer. Ask a manager of this store to sign in here.</source>
            <translation>Настроить этот компьютер может только менеджер. Попросите менеджера этого магазина войти здесь.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="350" />
            <source>Clerk can't reach the store server at that address. Check the address and the network, then try again.</source>
            <translation>Clerk не может связаться с сервером магазина по этому адресу. Проверьте адрес и сеть и повторите попытку.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="353" />
            <source>That enrollment code is wrong, used up or expired. Ask a manager for a new one.</source>
            <translation>Этот код подключения неверен, уже израсходован или истёк. Попросите у менеджера новый.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/enroll.py" line="356" />
            <source>Too many wrong enrollment codes. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Слишком много неверных кодов подключения. Повторите попытку через %n минуту.</numerusform>
                <numerusform>Слишком много неверных кодов подключения. Повторите попытку через %n минуты.</numerusform>
                <numerusform>Слишком много неверных кодов подключения. Повторите попытку через %n минут.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="358" />
            <source>That username and password don't match. Check them and try again.</source>
            <translation>Логин и пароль не подходят. Проверьте их и повторите попытку.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/enroll.py" line="363" />
            <source>Too many wrong passwords. Sign-in for this username is locked for %n minute(s).</source>
            <translation>
                <numerusform>Слишком много неверных паролей. Вход с этим логином заблокирован на %n минуту.</numerusform>
                <numerusform>Слишком много неверных паролей. Вход с этим логином заблокирован на %n минуты.</numerusform>
                <numerusform>Слишком много неверных паролей. Вход с этим логином заблокирован на %n минут.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="366" />
            <source>That address doesn't answer like a Clerk store server. Check it and try again.</source>
            <translation>По этому адресу отвечает не сервер магазина Clerk. Проверьте адрес и повторите попытку.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="370" />
            <source>Clerk couldn't save its settings on this computer. Check the disk and try again.</source>
            <translation>Clerk не удалось сохранить настройки на этом компьютере. Проверьте диск и повторите попытку.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="65" />
            <source>Export to CSV</source>
            <translation>Экспорт в CSV</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="77" />
            <source>Export pickups to CSV</source>
            <translation>Экспорт заказов на самовывоз в CSV</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="80" />
            <source>To: %1</source>
            <translation>Файл: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="91" />
            <source>Open folder</source>
            <translation>Открыть папку</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="93" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="95" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="110" />
            <source>Writing the file…</source>
            <translation>Запись файла…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="133" />
            <source>Order number</source>
            <translation>Номер заказа</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="133" />
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="133" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="133" />
            <source>Created</source>
            <translation>Создан</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="134" />
            <source>Promised by</source>
            <translation>Собрать до</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="134" />
            <source>Ready at</source>
            <translation>Время готовности</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="134" />
            <source>Collect by</source>
            <translation>Забрать до</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="134" />
            <source>Picked up at</source>
            <translation>Время выдачи</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="135" />
            <source>Shelf</source>
            <translation>Полка</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="135" />
            <source>Items</source>
            <translation>Товары</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="135" />
            <source>Hand-over ID check</source>
            <translation>Проверка документа при выдаче</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="135" />
            <source>Cancel reason</source>
            <translation>Причина отмены</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="145" />
            <source>Stopping…</source>
            <translation>Остановка…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/export.py" line="174" />
            <source>Saved %Ln pickup(s) to %1.</source>
            <translation>
                <numerusform>В файл %1 сохранён %Ln заказ на самовывоз.</numerusform>
                <numerusform>В файл %1 сохранено %Ln заказа на самовывоз.</numerusform>
                <numerusform>В файл %1 сохранено %Ln заказов на самовывоз.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="179" />
            <source>Export cancelled. No file was saved.</source>
            <translation>Экспорт отменён. Файл не сохранён.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="182" />
            <source>an unexpected error</source>
            <translation>непредвиденная ошибка</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="183" />
            <source>The file could not be saved (%1). Try another folder.</source>
            <translation>Не удалось сохранить файл (%1). Выберите другую папку.</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="37" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="183" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="245" />
            <source>Hand over</source>
            <translation>Выдача</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="187" />
            <source>Hand over order %1</source>
            <translation>Выдача заказа %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="190" />
            <source>On shelf %1</source>
            <translation>На полке %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="196" />
            <source>Type or scan the customer's code</source>
            <translation>Введите или отсканируйте код клиента</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="206" />
            <source>Pickup code</source>
            <translation>Код получения</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="214" />
            <source>%1 (the customer)</source>
            <translation>%1 (клиент)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="220" />
            <source>%1 (named by the customer)</source>
            <translation>%1 (доверенное лицо клиента)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="223" />
            <source>Collected by</source>
            <translation>Получатель</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="229" />
            <source>ID checked</source>
            <translation>Проверка документа</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="232" />
            <source>Last 4 characters of the document</source>
            <translation>Последние 4 символа документа</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="233" />
            <source>Last four</source>
            <translation>Последние 4</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="236" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="237" />
            <source>Collected</source>
            <translation>Выдано</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="237" />
            <source>Item</source>
            <translation>Товар</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="237" />
            <source>Picked</source>
            <translation>Собрано</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="279" />
            <source>%n item(s) stay in the store and go back to stock.</source>
            <translation>
                <numerusform>%n товар остаётся в магазине и возвращается в продажу.</numerusform>
                <numerusform>%n товара остаются в магазине и возвращаются в продажу.</numerusform>
                <numerusform>%n товаров остаются в магазине и возвращаются в продажу.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="287" />
            <source>That is the bag's label. Ask the customer for their pickup code, or scan the code on their phone.</source>
            <translation>Это этикетка на пакет. Попросите у клиента код получения или отсканируйте код на его телефоне.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="294" />
            <source>Enter the pickup code the customer shows.</source>
            <translation>Введите код получения, который показывает клиент.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="296" />
            <source>That code doesn't match this order. Check the code on the customer's confirmation.</source>
            <translation>Код не подходит к этому заказу. Сверьте код в подтверждении у клиента.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="300" />
            <source>Enter the last four characters of the ID document.</source>
            <translation>Введите последние четыре символа документа.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="302" />
            <source>Nothing is collected. Hand over at least one item.</source>
            <translation>Ничего не выдано. Выдайте хотя бы один товар.</translation>
        </message>
    </context>
    <context>
        <name>HeaderCard</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="101" />
            <source>Points: %1</source>
            <translation>Баллы: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="103" />
            <source>Not in the loyalty programme</source>
            <translation>Не участвует в программе лояльности</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="106" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="106" />
            <location filename="../../clerk_app/ui/customers/cards.py" line="107" />
            <source>None given</source>
            <translation>Не указано</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="107" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="108" />
            <source>Prefers</source>
            <translation>Предпочитает</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="109" />
            <source>Marketing</source>
            <translation>Рекламные рассылки</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="109" />
            <source>Agreed to offers</source>
            <translation>Согласие дано</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="109" />
            <source>No offers</source>
            <translation>Согласия нет</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="110" />
            <source>Home store</source>
            <translation>Основной магазин</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="111" />
            <source>Loyalty card</source>
            <translation>Карта лояльности</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="111" />
            <source>None</source>
            <translation>Нет</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="187" />
            <source>Clerk — %1</source>
            <translation>Clerk — %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="435" />
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="456" />
            <source>Pages</source>
            <translation>Разделы</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="456" />
            <source>Ctrl+1 to Ctrl+5 open each page</source>
            <translation>Ctrl+1 … Ctrl+5 открывают разделы</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="472" />
            <source>Customers</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="472" />
            <source>Pickups</source>
            <translation>Самовывоз</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="472" />
            <source>Stock</source>
            <translation>Остатки</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="473" />
            <source>Activity</source>
            <translation>Активность</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="473" />
            <source>Dashboard</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="590" />
            <source>Your language on this computer</source>
            <translation>Ваш язык на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="592" />
            <source>Lock</source>
            <translation>Заблокировать</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="593" />
            <source>Lock the screen (Ctrl+L); unlock or switch staff from the lock screen</source>
            <translation>Заблокировать экран (Ctrl+L); разблокировать или сменить сотрудника можно на экране блокировки</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="602" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="622" />
            <source>Preferences…</source>
            <translation>Настройки…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="624" />
            <source>Enroll counters…</source>
            <translation>Подключить рабочие места…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="759" />
            <source> (signed in offline)</source>
            <translation> (вход без сети)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="760" />
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="760" />
            <location filename="../../clerk_app/ui/main_window.py" line="761" />
            <source>Associate</source>
            <translation>Продавец</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="791" />
            <source>Clerk must be updated on this computer: the store server no longer accepts this version. Keep working; nothing is lost, and waiting actions sync after the update. Tell your manager or IT.</source>
            <translation>Clerk на этом компьютере нужно обновить: сервер магазина больше не принимает эту версию. Продолжайте работать — ничего не потеряется, ожидающие действия синхронизируются после обновления. Сообщите менеджеру или в ИТ-отдел.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="796" />
            <source>The connection is back. To see live data from the store server, sign in again: Lock, then Switch staff. Until then Clerk shows what is saved on this computer.</source>
            <translation>Связь восстановлена. Чтобы видеть актуальные данные с сервера магазина, войдите снова: «Заблокировать», затем «Сменить сотрудника». До тех пор Clerk показывает то, что сохранено на этом компьютере.</translation>
        </message>
    </context>
    <context>
        <name>ManagerSection</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="138" />
            <source>Manager actions</source>
            <translation>Действия менеджера</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="139" />
            <source>Needs a manager: a manager approves here with their password, and the action is recorded in their name.</source>
            <translation>Нужен менеджер: менеджер подтверждает здесь своим паролем, и действие записывается на его имя.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="144" />
            <source>Cancel order…</source>
            <translation>Отменить заказ…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="145" />
            <source>Mark no-show…</source>
            <translation>Отметить «Не забран»…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="146" />
            <source>Restock…</source>
            <translation>Вернуть в продажу…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="169" />
            <source>Needs a manager's approval</source>
            <translation>Нужно подтверждение менеджера</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="195" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="204" />
            <source>Cancel order</source>
            <translation>Отменить заказ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="202" />
            <source>Order %1 cancelled.</source>
            <translation>Заказ %1 отменён.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="204" />
            <source>Reason: %1</source>
            <translation>Причина: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="212" />
            <source>The customer did not collect it by %1. The order is closed and its items wait to be restocked.</source>
            <translation>Клиент не забрал заказ до %1. Заказ закрыт, товары ждут возврата в продажу.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="216" />
            <source>Order %1 marked as a no-show.</source>
            <translation>Заказ %1 отмечен как не забранный.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="219" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="220" />
            <source>Mark no-show</source>
            <translation>Отметить «Не забран»</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="220" />
            <source>Mark order %1 as a no-show?</source>
            <translation>Отметить заказ %1 как не забранный?</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="227" />
            <source>Its items go back on the shelves for sale. The order stays closed.</source>
            <translation>Товары вернутся на полки в продажу. Заказ останется закрытым.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="231" />
            <source>Order %1 restocked.</source>
            <translation>Заказ %1 возвращён в продажу.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="233" />
            <source>Restock order %1?</source>
            <translation>Вернуть заказ %1 в продажу?</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="234" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="235" />
            <source>Restock</source>
            <translation>Вернуть в продажу</translation>
        </message>
    </context>
    <context>
        <name>MarkReadyDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="126" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="145" />
            <source>Mark ready</source>
            <translation>Отметить готовым</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="130" />
            <source>Order %1 is ready</source>
            <translation>Заказ %1 готов</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="133" />
            <source>For example B-04</source>
            <translation>Например, B-04</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="135" />
            <source>Shelf</source>
            <translation>Полка</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="137" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="138" />
            <source>Picked</source>
            <translation>Собрано</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="138" />
            <source>Item</source>
            <translation>Товар</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="138" />
            <source>Ordered</source>
            <translation>Заказано</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="161" />
            <source>Partial pick: %n item(s) missing. The customer's ready notice will say what is missing; only what was picked can be handed over.</source>
            <translation>
                <numerusform>Частичная сборка: не хватает %n товара. В уведомлении о готовности клиенту будет указано, чего не хватает; выдать можно только собранное.</numerusform>
                <numerusform>Частичная сборка: не хватает %n товаров. В уведомлении о готовности клиенту будет указано, чего не хватает; выдать можно только собранное.</numerusform>
                <numerusform>Частичная сборка: не хватает %n товаров. В уведомлении о готовности клиенту будет указано, чего не хватает; выдать можно только собранное.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="167" />
            <source>Enter the shelf where the order waits.</source>
            <translation>Укажите полку, на которой лежит заказ.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="169" />
            <source>Nothing is picked. Pick at least one item, or ask a manager to cancel the order.</source>
            <translation>Ничего не собрано. Соберите хотя бы один товар или попросите менеджера отменить заказ.</translation>
        </message>
    </context>
    <context>
        <name>Names</name>
        <message>
            <location filename="../../clerk_app/ui/common/names.py" line="76" />
            <source>%1 (this store)</source>
            <translation>%1 (этот магазин)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/names.py" line="79" />
            <source>Another store</source>
            <translation>Другой магазин</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/names.py" line="121" />
            <source>a colleague</source>
            <comment>inside a sentence: staff whose name is not here yet</comment>
            <translation>коллега</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/names.py" line="122" />
            <source>A colleague</source>
            <comment>on its own: staff whose name is not here yet</comment>
            <translation>Коллега</translation>
        </message>
    </context>
    <context>
        <name>NotesCard</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="355" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="358" />
            <source>Add a note for colleagues (Ctrl+Enter to save)</source>
            <translation>Заметка для коллег (Ctrl+Enter — сохранить)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="359" />
            <source>New note</source>
            <translation>Новая заметка</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="359" />
            <source>For colleagues; Ctrl+Enter saves it</source>
            <translation>Для коллег; Ctrl+Enter — сохранить</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="361" />
            <source>Add note</source>
            <translation>Добавить заметку</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="384" />
            <source>No notes yet.</source>
            <translation>Заметок пока нет.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="394" />
            <source>at %1</source>
            <translation>в магазине %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="395" />
            <source>at another store</source>
            <translation>в другом магазине</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="399" />
            <source>Waiting to sync</source>
            <translation>Ожидает синхронизации</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="400" />
            <source>Saved on this computer; it reaches the server when the connection is back.</source>
            <translation>Сохранено на этом компьютере; попадёт на сервер, когда появится связь.</translation>
        </message>
    </context>
    <context>
        <name>OrderForPickupDialog</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="176" />
            <source>Order for pickup at…</source>
            <translation>Заказать на самовывоз в…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="177" />
            <source>Order for the customer to collect at a store</source>
            <translation>Заказ, который клиент заберёт в магазине</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="179" />
            <source>Collect at</source>
            <translation>Забрать в</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="180" />
            <source>Place the order</source>
            <translation>Оформить заказ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="181" />
            <source>Paid when the customer collects. The store holds the stock once the order reaches it.</source>
            <translation>Оплата при получении. Магазин резервирует товар, когда заказ до него дойдёт.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="203" />
            <source>This computer has not seen this store's stock of the product: the order may be refused if it has none.</source>
            <translation>Этот компьютер не видел остатков товара в этом магазине: если товара там нет, заказ могут отклонить.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="207" />
            <source>When last seen, this store had only %1: the order may be refused.</source>
            <translation>При последней проверке в этом магазине было только %1: заказ могут отклонить.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="217" />
            <source>Choose the store where the customer collects.</source>
            <translation>Выберите магазин, где клиент заберёт заказ.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="221" />
            <source>%1 has only %2 available: order fewer, or choose another store.</source>
            <translation>В магазине «%1» доступно только %2: закажите меньше или выберите другой магазин.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="229" />
            <source>Order placed for pickup at %1. It shows as waiting to sync until the store server has it.</source>
            <translation>Заказ на самовывоз оформлен, магазин: %1. Пока сервер магазина его не получит, он ожидает синхронизации.</translation>
        </message>
    </context>
    <context>
        <name>OrderForms</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="66" />
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="70" />
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="76" />
            <source>Quantity</source>
            <translation>Количество</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="70" />
            <source>1 to 99</source>
            <translation>от 1 до 99</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="81" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="124" />
            <source>Choose the customer first.</source>
            <translation>Сначала выберите клиента.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="127" />
            <source>The quantity is 1 to 99.</source>
            <translation>Количество — от 1 до 99.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/dialogs.py" line="130" />
            <source>Sign in again to do this.</source>
            <translation>Чтобы сделать это, войдите снова.</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryModel</name>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>Order</source>
            <translation>Заказ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="197" />
            <source>How</source>
            <translation>Способ получения</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="198" />
            <source>Total</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="221" />
            <source>Placed on this computer; the order number comes when the store server has it.</source>
            <translation>Оформлен на этом компьютере; номер заказа появится, когда его получит сервер магазина.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="237" />
            <source>Waiting to sync</source>
            <translation>Ожидает синхронизации</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryView</name>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="290" />
            <source>Order history</source>
            <translation>История заказов</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="290" />
            <source>Every order across channels; Right arrow opens its lines</source>
            <translation>Все заказы по всем каналам; стрелка вправо раскрывает позиции</translation>
        </message>
    </context>
    <context>
        <name>OverviewCards</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="157" />
            <source>Lifetime value</source>
            <translation>Сумма покупок</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="158" />
            <source>Orders</source>
            <translation>Заказы</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="159" />
            <source>Channels used</source>
            <translation>Каналы покупок</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="160" />
            <source>Open pickups here</source>
            <translation>Открытые заказы здесь</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="161" />
            <source>Active cart</source>
            <translation>Активная корзина</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="206" />
            <source>Last: %1</source>
            <translation>Последний: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="227" />
            <source>Open this pickup</source>
            <translation>Открыть этот заказ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="232" />
            <source>None</source>
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="236" />
            <source>Items: %1</source>
            <translation>Товаров: %1</translation>
        </message>
    </context>
    <context>
        <name>PendingModel</name>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>What</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>By</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/activity/items.py" line="104" />
            <source>Tried %n time(s)</source>
            <translation>
                <numerusform>%n попытка</numerusform>
                <numerusform>%n попытки</numerusform>
                <numerusform>%n попыток</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="107" />
            <source>Sending…</source>
            <translation>Отправка…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="108" />
            <source>Held</source>
            <translation>Отложено</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="109" />
            <source>Not sent yet</source>
            <translation>Ещё не отправлено</translation>
        </message>
    </context>
    <context>
        <name>PickupDeadline</name>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="67" />
            <source>overdue %1</source>
            <translation>просрочено на %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="67" />
            <source>ready in %1</source>
            <translation>собрать в течение %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="69" />
            <source>past collect-by %1</source>
            <translation>срок хранения истёк %1 назад</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="69" />
            <source>collect within %1</source>
            <translation>забрать в течение %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="76" />
            <source>picked up %1</source>
            <translation>выдан в %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="76" />
            <source>cancelled %1</source>
            <translation>отменён в %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="76" />
            <source>no-show %1</source>
            <translation>не забран, %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="77" />
            <source>restocked %1</source>
            <translation>возвращён в продажу в %1</translation>
        </message>
    </context>
    <context>
        <name>PickupDetail</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="54" />
            <source>Select an order to see its items, deadlines and what to do next.</source>
            <translation>Выберите заказ, чтобы увидеть товары, сроки и следующий шаг.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="73" />
            <source>Waiting to sync</source>
            <translation>Ожидает синхронизации</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="74" />
            <source>Saved on this computer; it reaches the store server when the connection allows.</source>
            <translation>Сохранено на этом компьютере; попадёт на сервер магазина, когда позволит связь.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="88" />
            <source>Start picking</source>
            <translation>Начать сборку</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="89" />
            <source>Mark ready…</source>
            <translation>Отметить готовым…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="90" />
            <source>Hand over…</source>
            <translation>Выдать…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="91" />
            <source>Customer arrived…</source>
            <translation>Клиент пришёл…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="101" />
            <source>Print slip…</source>
            <translation>Печать листа заказа…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="102" />
            <source>Print bag label…</source>
            <translation>Печать этикетки на пакет…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="103" />
            <source>The order, customer, items, shelf and deadlines on one page.</source>
            <translation>Заказ, клиент, товары, полка и сроки на одной странице.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="104" />
            <source>A label for the bag, with a code to scan at hand-over.</source>
            <translation>Этикетка на пакет с кодом, который сканируют при выдаче.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="118" />
            <location filename="../../clerk_app/ui/pickups/detail.py" line="122" />
            <source>Items</source>
            <translation>Товары</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="120" />
            <source>Item</source>
            <translation>Товар</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="120" />
            <location filename="../../clerk_app/ui/pickups/detail.py" line="212" />
            <source>Ordered</source>
            <translation>Заказано</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="120" />
            <source>Picked</source>
            <translation>Собрано</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="120" />
            <source>Collected</source>
            <translation>Выдано</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="134" />
            <source>Messages to the customer</source>
            <translation>Сообщения клиенту</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="140" />
            <source>Send reminder</source>
            <translation>Отправить напоминание</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="141" />
            <source>Re-send ready notice</source>
            <translation>Повторить уведомление</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="148" />
            <source>Hand-over</source>
            <translation>Выдача</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="180" />
            <source>Order %1</source>
            <translation>Заказ %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="184" />
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="187" />
            <source>Customer: %1</source>
            <translation>Клиент: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="213" />
            <source>Ready by</source>
            <translation>Собрать до</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="215" />
            <source>Ready since</source>
            <translation>Готов с</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="217" />
            <source>Collect by</source>
            <translation>Забрать до</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="218" />
            <source>Shelf</source>
            <translation>Полка</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="218" />
            <source>Not on a shelf yet</source>
            <translation>Ещё не на полке</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="220" />
            <source>May also collect</source>
            <translation>Также может забрать</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="222" />
            <source>Here since %1</source>
            <translation>В магазине с %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="225" />
            <source>Customer arrived</source>
            <translation>Клиент пришёл</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="227" />
            <source>Picked up</source>
            <translation>Выдан</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="229" />
            <source>Cancelled because</source>
            <translation>Причина отмены</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="256" />
            <source>Ready notice</source>
            <translation>Уведомление о готовности</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="256" />
            <source>Reminder</source>
            <translation>Напоминание</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="256" />
            <source>Cancellation notice</source>
            <translation>Уведомление об отмене</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="257" />
            <source>by email</source>
            <translation>по эл. почте</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="257" />
            <source>by text message</source>
            <translation>по SMS</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="257" />
            <source>by phone</source>
            <translation>по телефону</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="258" />
            <source>in the app</source>
            <translation>в приложении</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="262" />
            <source>waiting to sync</source>
            <translation>ожидает синхронизации</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="276" />
            <source>None sent yet</source>
            <translation>Пока ничего не отправлено</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="285" />
            <source>someone else</source>
            <translation>другое лицо</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="289" />
            <source>%1 ending %2</source>
            <translation>%1, оканчивается на %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="291" />
            <source>Collected by %1 · %2 · handed over by %3, %4</source>
            <translation>Получатель: %1 · %2 · выдал(а): %3, %4</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="322" />
            <source>Picking started.</source>
            <translation>Сборка начата.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="325" />
            <source>Reminder queued.</source>
            <translation>Напоминание поставлено в очередь.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="328" />
            <source>Ready notice queued.</source>
            <translation>Уведомление о готовности поставлено в очередь.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="357" />
            <source>Marked ready on shelf %1.</source>
            <translation>Заказ готов к выдаче, полка %1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="363" />
            <source>Handed over.</source>
            <translation>Выдано.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="369" />
            <source>Arrival recorded.</source>
            <translation>Приход клиента отмечен.</translation>
        </message>
    </context>
    <context>
        <name>PickupDialogs</name>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="54" />
            <source>ID card</source>
            <translation>Удостоверение личности</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="54" />
            <source>Driver's licence</source>
            <translation>Водительское удостоверение</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="55" />
            <source>Passport</source>
            <translation>Паспорт</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="55" />
            <source>Pickup code only</source>
            <translation>Только код получения</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="56" />
            <source>No check</source>
            <translation>Без проверки</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/widgets.py" line="137" />
            <source>One fewer</source>
            <translation>Уменьшить на 1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/widgets.py" line="138" />
            <source>One more</source>
            <translation>Увеличить на 1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="74" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="91" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>PickupListModel</name>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Order</source>
            <translation>Заказ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Deadline</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="112" />
            <source>Shelf</source>
            <translation>Полка</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="131" />
            <source>Ready by %1</source>
            <translation>Собрать до %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="131" />
            <source>Collect by %1</source>
            <translation>Забрать до %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="144" />
            <source>was due %1</source>
            <translation>срок хранения был до %1</translation>
        </message>
    </context>
    <context>
        <name>PickupQueueModel</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Order</source>
            <translation>Заказ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Items</source>
            <translation>Товары</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="62" />
            <source>Deadline</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="62" />
            <source>Shelf</source>
            <translation>Полка</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="62" />
            <source>Sync</source>
            <translation>Синхр.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="165" />
            <source>Ready by %1</source>
            <translation>Собрать до %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="165" />
            <source>Collect by %1</source>
            <translation>Забрать до %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="198" />
            <source>Waiting to sync</source>
            <translation>Ожидает синхронизации</translation>
        </message>
    </context>
    <context>
        <name>PickupStatus</name>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="44" />
            <source>New</source>
            <translation>Новый</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="44" />
            <source>Picking</source>
            <translation>В сборке</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="45" />
            <source>Ready</source>
            <translation>Готов</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="45" />
            <source>Picked up</source>
            <translation>Выдан</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="46" />
            <source>No-show</source>
            <translation>Не забран</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="46" />
            <source>Restocked</source>
            <translation>Возвращён в продажу</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="47" />
            <source>Cancelled</source>
            <translation>Отменён</translation>
        </message>
    </context>
    <context>
        <name>PickupsPage</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="53" />
            <source>Pickups</source>
            <translation>Самовывоз</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="59" />
            <source>Queue</source>
            <translation>Очередь</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="60" />
            <source>Reminders</source>
            <translation>Напоминания</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="61" />
            <source>Ready orders not collected after a number of hours: remind their customers in one go.</source>
            <translation>Готовые заказы, не забранные за несколько часов: напомните клиентам сразу всем.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="87" />
            <source>Pickup queue</source>
            <translation>Очередь самовывоза</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="87" />
            <source>The selected order shows beside the list</source>
            <translation>Выбранный заказ показан рядом со списком</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="131" />
            <source>New</source>
            <translation>Новые</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="131" />
            <source>Picking</source>
            <translation>В сборке</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="131" />
            <source>Ready</source>
            <translation>Готовы</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="132" />
            <source>Overdue</source>
            <translation>Просрочены</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="132" />
            <source>Past collect-by</source>
            <translation>Срок хранения истёк</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="133" />
            <source>Done today</source>
            <translation>Завершены сегодня</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/page.py" line="162" />
            <source>%n open</source>
            <translation>
                <numerusform>открытых: %n</numerusform>
                <numerusform>открытых: %n</numerusform>
                <numerusform>открытых: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/page.py" line="164" />
            <source>%n overdue</source>
            <translation>
                <numerusform>просроченных: %n</numerusform>
                <numerusform>просроченных: %n</numerusform>
                <numerusform>просроченных: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/page.py" line="165" />
            <source>%n done today</source>
            <translation>
                <numerusform>завершено сегодня: %n</numerusform>
                <numerusform>завершено сегодня: %n</numerusform>
                <numerusform>завершено сегодня: %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="170" />
            <source>No new orders. New web orders appear here by themselves.</source>
            <translation>Новых заказов нет. Новые онлайн-заказы появляются здесь автоматически.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="171" />
            <source>Nothing is being picked right now.</source>
            <translation>Сейчас ничего не собирается.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="172" />
            <source>No orders are waiting on the shelf.</source>
            <translation>На полке нет заказов, ожидающих выдачи.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="173" />
            <source>Nothing is overdue. Well done.</source>
            <translation>Просроченных заказов нет. Отлично!</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="174" />
            <source>Every ready order is still within its collect-by time.</source>
            <translation>У всех готовых заказов срок хранения ещё не истёк.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="175" />
            <source>Nothing handed over, cancelled or missed today yet.</source>
            <translation>Сегодня ещё ничего не выдано, не отменено и не отмечено как не забранное.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="335" />
            <source>This order is not in this store's pickup list.</source>
            <translation>Этого заказа нет в списке самовывоза этого магазина.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="347" />
            <source>Order %1 is %2: it can be handed over once it is ready.</source>
            <translation>Заказ %1 сейчас в статусе «%2»: выдать его можно, когда он будет готов.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="38" />
            <source>Preferences</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="46" />
            <source>Yours</source>
            <translation>Ваши</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="46" />
            <source>Only for you, on this computer.</source>
            <translation>Только для вас, на этом компьютере.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="47" />
            <source>This counter</source>
            <translation>Это рабочее место</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="47" />
            <source>For everyone who uses this computer.</source>
            <translation>Для всех, кто работает на этом компьютере.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="82" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="82" />
            <source>Digits</source>
            <translation>Цифры</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="82" />
            <source>Calendar</source>
            <translation>Календарь</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="83" />
            <source>Theme</source>
            <translation>Оформление</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="83" />
            <source>Text size</source>
            <translation>Размер текста</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="84" />
            <source>Lock after (idle minutes)</source>
            <translation>Блокировать через (минут простоя)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="85" />
            <source>Remind customers after (hours)</source>
            <translation>Напоминать клиентам через (часов)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="86" />
            <source>Printer for slips and labels</source>
            <translation>Принтер для листов и этикеток</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="86" />
            <source>Bag label size</source>
            <translation>Размер этикетки на пакет</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="87" />
            <source>Scanner prefix</source>
            <translation>Префикс сканера</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="87" />
            <source>Scanner suffix</source>
            <translation>Суффикс сканера</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="88" />
            <source>Layout</source>
            <translation>Макет</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="93" />
            <source>The store's language</source>
            <translation>Язык магазина</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="95" />
            <source>The language's usual digits</source>
            <translation>Обычные цифры языка</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="95" />
            <source>The language's own digits</source>
            <translation>Собственные цифры языка</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="96" />
            <source>Latin digits (0-9)</source>
            <translation>Латинские цифры (0-9)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="98" />
            <source>The language's usual calendar</source>
            <translation>Обычный календарь языка</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="98" />
            <source>Gregorian</source>
            <translation>Григорианский</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="99" />
            <source>Solar Hijri</source>
            <translation>Солнечная хиджра</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="99" />
            <source>Hijri (civil)</source>
            <translation>Хиджра (гражданский)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="101" />
            <source>As this computer is set</source>
            <translation>Как настроено на компьютере</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="101" />
            <source>Light</source>
            <translation>Светлое</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="101" />
            <source>Dark</source>
            <translation>Тёмное</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="102" />
            <source>High contrast</source>
            <translation>Высокая контрастность</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="104" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="107" />
            <source>%1 × %2 mm</source>
            <translation>%1 × %2 мм</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="111" />
            <source>Chosen by the screen</source>
            <translation>По экрану</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="111" />
            <source>Touch</source>
            <translation>Сенсорный</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="112" />
            <source>Mouse and keyboard</source>
            <translation>Мышь и клавиатура</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="114" />
            <source>This computer's default printer</source>
            <translation>Принтер по умолчанию на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="167" />
            <source>Choose a number from %1 to %2.</source>
            <translation>Выберите число от %1 до %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="170" />
            <source>Use at most %n character(s), none of them invisible.</source>
            <translation>
                <numerusform>Не больше %n символа, без невидимых символов.</numerusform>
                <numerusform>Не больше %n символов, без невидимых символов.</numerusform>
                <numerusform>Не больше %n символов, без невидимых символов.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="172" />
            <source>Choose one of the listed values.</source>
            <translation>Выберите одно из значений в списке.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="173" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/preferences/dialog.py" line="199" />
            <source>Your preferences could not be saved on this computer. Nothing you chose is lost: try Save again, or tell IT if it keeps happening.</source>
            <translation>Не удалось сохранить ваши настройки на этом компьютере. Ничего из выбранного не потеряно: нажмите «Сохранить» ещё раз или сообщите в ИТ-отдел, если это повторится.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="114" />
            <source>Or: %1</source>
            <translation>Или: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="121" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="230" />
            <source>Shelf</source>
            <translation>Полка</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="122" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="159" />
            <source>Items</source>
            <translation>Товары</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="129" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="229" />
            <source>Collect by</source>
            <translation>Забрать до</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="135" />
            <source>Scan at hand-over</source>
            <translation>Сканировать при выдаче</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="151" />
            <source>Printed %1</source>
            <translation>Напечатано %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="168" />
            <source>Continued on the next page</source>
            <translation>Продолжение на следующей странице</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="181" />
            <source>Page %1 of %2</source>
            <translation>Страница %1 из %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="192" />
            <source>Scan to open the order</source>
            <translation>QR-код заказа</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="198" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="305" />
            <location filename="../../clerk_app/ui/printing/printer.py" line="198" />
            <source>Pickup slip</source>
            <translation>Лист заказа на самовывоз</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="199" />
            <source>Order</source>
            <translation>Заказ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="215" />
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="217" />
            <source>May also collect</source>
            <translation>Также может забрать</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="227" />
            <source>Ordered</source>
            <translation>Заказано</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="228" />
            <source>Ready by</source>
            <translation>Собрать до</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="229" />
            <source>Set when ready</source>
            <translation>Будет указан при готовности</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="230" />
            <source>Not on a shelf yet</source>
            <translation>Ещё не на полке</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="247" />
            <source>Item</source>
            <translation>Товар</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="247" />
            <source>SKU</source>
            <translation>Артикул</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="248" />
            <source>Ordered</source>
            <comment>the quantity ordered, a column of counts</comment>
            <translation>Заказано</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="249" />
            <source>Picked</source>
            <translation>Собрано</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="275" />
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="288" />
            <source>Hand-over</source>
            <translation>Выдача</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="289" />
            <source>Check the customer's pickup code in Clerk before handing anything over.</source>
            <translation>Перед выдачей проверьте код получения клиента в Clerk.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="292" />
            <source>Collected by (name)</source>
            <translation>Получатель (имя)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="292" />
            <source>ID checked (type, last 4)</source>
            <translation>Документ (тип, последние 4)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="293" />
            <source>Date and time</source>
            <translation>Дата и время</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="293" />
            <source>Handed over by</source>
            <translation>Выдал</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="301" />
            <source>Customer signature</source>
            <translation>Подпись клиента</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="198" />
            <source>Bag label</source>
            <translation>Этикетка на пакет</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="291" />
            <source>Print preview — %1</source>
            <translation>Предварительный просмотр — %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="298" />
            <source>Save as PDF…</source>
            <translation>Сохранить в PDF…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="307" />
            <source>Save as PDF</source>
            <translation>Сохранить в PDF</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="308" />
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="314" />
            <source>The PDF could not be saved to %1. Choose another folder.</source>
            <translation>Не удалось сохранить PDF в %1. Выберите другую папку.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="317" />
            <source>Saved %1.</source>
            <translation>Сохранено: %1.</translation>
        </message>
    </context>
    <context>
        <name>ProductView</name>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="86" />
            <location filename="../../clerk_app/ui/stock/view.py" line="306" />
            <source>Order for pickup at…</source>
            <translation>Заказать с самовывозом из…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="87" />
            <source>Order this product for the customer to collect at a store</source>
            <translation>Заказать этот товар, чтобы клиент забрал его в магазине</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="89" />
            <source>Add to the customer's online cart</source>
            <translation>Добавить в онлайн-корзину клиента</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="90" />
            <source>The customer can buy it online later</source>
            <translation>Клиент сможет купить его онлайн позже</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="101" />
            <source>This store</source>
            <translation>Этот магазин</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="107" />
            <location filename="../../clerk_app/ui/stock/view.py" line="132" />
            <source>Available</source>
            <translation>Доступно</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="108" />
            <source>On hand</source>
            <translation>В наличии</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="109" />
            <source>Reserved</source>
            <translation>В резерве</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="121" />
            <source>Stores</source>
            <translation>Магазины</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="131" />
            <source>Stock in other stores</source>
            <translation>Остатки в других магазинах</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="132" />
            <source>Store</source>
            <translation>Магазин</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="132" />
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="181" />
            <source>This store has no stock record for this product on this computer.</source>
            <translation>На этом компьютере нет данных об остатках этого товара в этом магазине.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="187" />
            <source>As of %1</source>
            <translation>Данные на %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="188" />
            <source>Offline — as of %1</source>
            <translation>Нет связи — данные на %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="229" />
            <source>Live · checked %1</source>
            <translation>Актуально · проверено в %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="231" />
            <source>Every store's stock, from the store server.</source>
            <translation>Остатки во всех магазинах, с сервера магазина.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="233" />
            <source>Checking…</source>
            <translation>Проверяем…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="235" />
            <source>Asking the store server for every store's stock…</source>
            <translation>Запрашиваем остатки всех магазинов у сервера магазина…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="237" />
            <source>Asking the store server; until it answers, as last seen at %1.</source>
            <translation>Запрос к серверу магазина; пока он не ответил — данные, полученные в %1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="241" />
            <source>Other stores can't be checked now: this computer is offline.</source>
            <translation>Сейчас нельзя проверить другие магазины: этот компьютер не в сети.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="242" />
            <source>Other stores could not be checked just now.</source>
            <translation>Не удалось проверить другие магазины.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="244" />
            <source>Not checked</source>
            <translation>Не проверено</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="246" />
            <source>They were not looked up on this computer yet.</source>
            <translation>На этом компьютере их ещё не проверяли.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="248" />
            <source>Last seen %1</source>
            <translation>Последние данные: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="250" />
            <source>Below: as last seen at %1; it may have changed.</source>
            <translation>Ниже — данные на %1; с тех пор они могли измениться.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="267" />
            <source>%1 (this store)</source>
            <translation>%1 (этот магазин)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/view.py" line="304" />
            <source>Order for pickup at %1</source>
            <translation>Заказать с самовывозом из %1</translation>
        </message>
    </context>
    <context>
        <name>RemindersModel</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="70" />
            <source>Order</source>
            <translation>Заказ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="70" />
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="70" />
            <source>Ready since</source>
            <translation>Готов с</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="70" />
            <source>Last reminder</source>
            <translation>Последнее напоминание</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="71" />
            <source>Reminders sent</source>
            <translation>Отправлено напоминаний</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="167" />
            <source>%1 ago</source>
            <translation>%1 назад</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="170" />
            <source>Queued, waiting to sync</source>
            <translation>В очереди, ожидает синхронизации</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="171" />
            <source>Never</source>
            <translation>Никогда</translation>
        </message>
    </context>
    <context>
        <name>RemindersView</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="206" />
            <source>Ready and not collected after</source>
            <translation>Готовы и не забраны дольше</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="212" />
            <source>Ready and not collected after, in hours</source>
            <translation>Готовы и не забраны дольше, в часах</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="213" />
            <source>Hours since the order was ready</source>
            <translation>Сколько часов прошло с момента готовности заказа</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="216" />
            <source>hours</source>
            <translation>ч</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="224" />
            <source>Select all</source>
            <translation>Выбрать все</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="225" />
            <source>Select none</source>
            <translation>Снять выбор</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="239" />
            <source>Orders to remind</source>
            <translation>Заказы для напоминания</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="239" />
            <source>Space ticks or unticks an order</source>
            <translation>Пробел отмечает заказ или снимает отметку</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="260" />
            <source>%n order(s) waiting</source>
            <translation>
                <numerusform>%n заказ ждёт</numerusform>
                <numerusform>%n заказа ждут</numerusform>
                <numerusform>%n заказов ждут</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="261" />
            <source>Ticked: customers not reminded in the last %n hour(s). Reminders are queued on this computer and sent when the connection allows. Double-click an order to open it.</source>
            <translation>
                <numerusform>Отмечены клиенты, которым не напоминали за последний %n час. Напоминания ставятся в очередь на этом компьютере и отправляются, когда позволит связь. Дважды щёлкните заказ, чтобы открыть его.</numerusform>
                <numerusform>Отмечены клиенты, которым не напоминали за последние %n часа. Напоминания ставятся в очередь на этом компьютере и отправляются, когда позволит связь. Дважды щёлкните заказ, чтобы открыть его.</numerusform>
                <numerusform>Отмечены клиенты, которым не напоминали за последние %n часов. Напоминания ставятся в очередь на этом компьютере и отправляются, когда позволит связь. Дважды щёлкните заказ, чтобы открыть его.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="264" />
            <source>Every ready order was collected within %n hour(s) of being ready. Nobody to remind.</source>
            <translation>
                <numerusform>Все готовые заказы забрали в течение %n часа после готовности. Напоминать некому.</numerusform>
                <numerusform>Все готовые заказы забрали в течение %n часов после готовности. Напоминать некому.</numerusform>
                <numerusform>Все готовые заказы забрали в течение %n часов после готовности. Напоминать некому.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="290" />
            <source>Send reminder to %n customer(s)</source>
            <translation>
                <numerusform>Отправить напоминание %n клиенту</numerusform>
                <numerusform>Отправить напоминание %n клиентам</numerusform>
                <numerusform>Отправить напоминание %n клиентам</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="327" />
            <source>Reminders queued for %n customer(s).</source>
            <translation>
                <numerusform>Напоминания поставлены в очередь для %n клиента.</numerusform>
                <numerusform>Напоминания поставлены в очередь для %n клиентов.</numerusform>
                <numerusform>Напоминания поставлены в очередь для %n клиентов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="329" />
            <source>%n order(s) skipped: no longer waiting on the shelf.</source>
            <translation>
                <numerusform>%n заказ пропущен: он больше не ждёт на полке.</numerusform>
                <numerusform>%n заказа пропущены: они больше не ждут на полке.</numerusform>
                <numerusform>%n заказов пропущено: они больше не ждут на полке.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsList</name>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="42" />
            <source>Customers found</source>
            <translation>Найденные клиенты</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="42" />
            <source>Enter opens the customer</source>
            <translation>Enter открывает клиента</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="51" />
            <source>Pickup %1 is not in this store's list.</source>
            <translation>Заказа на самовывоз %1 нет в списке этого магазина.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="84" />
            <source>Scanned “%1”: this is not a pickup code, a bag label, an order number, a loyalty card or a product barcode.</source>
            <translation>Отсканировано «%1»: это не код получения, не этикетка на пакет, не номер заказа, не карта лояльности и не штрихкод товара.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="88" />
            <source>No product with barcode %1 on this computer. Clerk can look it up once it is back online.</source>
            <translation>Товара со штрихкодом %1 нет на этом компьютере. Clerk сможет найти его, когда связь восстановится.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="97" />
            <source>No product has the barcode %1. Check the label, or search the product by its name on the Stock page.</source>
            <translation>Товара со штрихкодом %1 нет. Проверьте этикетку или найдите товар по названию на странице «Остатки».</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="101" />
            <source>Product %1 could not be looked up just now. Try again in a moment.</source>
            <translation>Не удалось найти товар %1. Попробуйте ещё раз через минуту.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="115" />
            <source>No order %1 on this computer.</source>
            <translation>Заказа %1 нет на этом компьютере.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="116" />
            <source>No loyalty card %1 on this computer.</source>
            <translation>Карты лояльности %1 нет на этом компьютере.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="118" />
            <source>Clerk will find it once it is back online.</source>
            <translation>Clerk найдёт его, когда связь восстановится.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="126" />
            <source>No order %1 was found.</source>
            <translation>Заказ %1 не найден.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/scan_routing.py" line="127" />
            <source>No loyalty card %1 was found.</source>
            <translation>Карта лояльности %1 не найдена.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="38" />
            <source>Search name, email, phone, loyalty card or order number — or scan  (Ctrl+K)</source>
            <translation>Поиск по имени, эл. почте, телефону, карте лояльности или номеру заказа — или отсканируйте  (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="40" />
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="40" />
            <source>Name, email, phone, loyalty card or order number; a scan opens its record. Down arrow: the results.</source>
            <translation>Имя, email, телефон, карта лояльности или номер заказа; скан открывает запись. Стрелка вниз — результаты.</translation>
        </message>
    </context>
    <context>
        <name>SetByIT</name>
        <message>
            <location filename="../../clerk_app/ui/common/set_by_it.py" line="12" />
            <source>Set by your IT department</source>
            <translation>Задано ИТ-отделом</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="64" />
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="112" />
            <location filename="../../clerk_app/ui/session/signin.py" line="113" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="138" />
            <source>Your staff username</source>
            <translation>Ваш логин сотрудника</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="140" />
            <source>The store server can't be reached. If you signed in on this computer recently, your password still works.</source>
            <translation>Сервер магазина недоступен. Если вы недавно входили на этом компьютере, ваш пароль по-прежнему действует.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="145" />
            <source>&amp;Username</source>
            <translation>&amp;Логин</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="146" />
            <location filename="../../clerk_app/ui/session/signin.py" line="179" />
            <source>&amp;Password</source>
            <translation>&amp;Пароль</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="148" />
            <location filename="../../clerk_app/ui/session/signin.py" line="260" />
            <source>Sign in</source>
            <translation>Войти</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="169" />
            <source>Screen locked</source>
            <translation>Экран заблокирован</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="181" />
            <location filename="../../clerk_app/ui/session/signin.py" line="261" />
            <source>Unlock</source>
            <translation>Разблокировать</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="183" />
            <source>Switch staff</source>
            <translation>Сменить сотрудника</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="184" />
            <source>Sign this person out so someone else can sign in</source>
            <translation>Выйти из учётной записи этого сотрудника, чтобы мог войти другой</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="197" />
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="197" />
            <location filename="../../clerk_app/ui/session/signin.py" line="198" />
            <source>Associate</source>
            <translation>Продавец</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="207" />
            <source>Demo staff: choose one, then press Enter</source>
            <translation>Демо-сотрудники: выберите одного и нажмите Enter</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="212" />
            <source>Username: %1</source>
            <translation>Логин: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="238" />
            <source> · signed in offline</source>
            <translation> · вход без сети</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="277" />
            <source>Enter your username and password.</source>
            <translation>Введите логин и пароль.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="292" />
            <source>Signing in…</source>
            <translation>Вход…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="310" />
            <source>Signed in offline. Look-ups on the store server wait for the connection; what you do is saved here and syncs when it is back.</source>
            <translation>Вход выполнен без сети. Запросы к серверу магазина ждут связи; всё, что вы делаете, сохраняется здесь и синхронизируется, когда связь восстановится.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/signin.py" line="318" />
            <source>Too many wrong passwords. Sign-in for this username is locked for %n minute(s).</source>
            <translation>
                <numerusform>Слишком много неверных паролей. Вход с этим логином заблокирован на %n минуту.</numerusform>
                <numerusform>Слишком много неверных паролей. Вход с этим логином заблокирован на %n минуты.</numerusform>
                <numerusform>Слишком много неверных паролей. Вход с этим логином заблокирован на %n минут.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="321" />
            <source>This staff member is not on the staff of this store, so they can't sign in on this computer.</source>
            <translation>Этот сотрудник не числится в штате этого магазина, поэтому не может войти на этом компьютере.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="324" />
            <source>That username and password don't match. Check them and try again.</source>
            <translation>Логин и пароль не подходят. Проверьте их и повторите попытку.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="331" />
            <source>That password doesn't match. The store server can't be reached, so Clerk checked it on this computer.</source>
            <translation>Пароль не подходит. Сервер магазина недоступен, поэтому Clerk проверил пароль на этом компьютере.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/signin.py" line="334" />
            <source>Too many wrong passwords. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Слишком много неверных паролей. Повторите через %n минуту.</numerusform>
                <numerusform>Слишком много неверных паролей. Повторите через %n минуты.</numerusform>
                <numerusform>Слишком много неверных паролей. Повторите через %n минут.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/signin.py" line="336" />
            <source>%1 hasn't signed in on this computer in the last %n hour(s), so the password can't be checked until the store server can be reached again.</source>
            <translation>
                <numerusform>Сотрудник %1 не входил на этом компьютере за последний %n час, поэтому пароль нельзя проверить, пока сервер магазина снова не станет доступен.</numerusform>
                <numerusform>Сотрудник %1 не входил на этом компьютере за последние %n часа, поэтому пароль нельзя проверить, пока сервер магазина снова не станет доступен.</numerusform>
                <numerusform>Сотрудник %1 не входил на этом компьютере за последние %n часов, поэтому пароль нельзя проверить, пока сервер магазина снова не станет доступен.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="340" />
            <source>The store server can't be reached and your password can't be checked on this computer. Try again when the connection is back, or choose Switch staff.</source>
            <translation>Сервер магазина недоступен, а проверить ваш пароль на этом компьютере нельзя. Повторите, когда связь восстановится, или выберите «Сменить сотрудника».</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="342" />
            <source>Signing in didn't work. Please try again.</source>
            <translation>Не удалось войти. Повторите попытку.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="353" />
            <source>Enter your password to unlock.</source>
            <translation>Введите пароль, чтобы разблокировать.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="365" />
            <source>Checking…</source>
            <translation>Проверка…</translation>
        </message>
    </context>
    <context>
        <name>Splash</name>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="113" />
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
    </context>
    <context>
        <name>StockPage</name>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="66" />
            <source>Stock</source>
            <translation>Остатки</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="68" />
            <location filename="../../clerk_app/ui/stock/page.py" line="70" />
            <source>Product name, SKU or barcode</source>
            <translation>Название товара, артикул или штрихкод</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="70" />
            <source>Search products</source>
            <translation>Поиск товаров</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="81" />
            <source>Products found</source>
            <translation>Найденные товары</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="103" />
            <source>Find a product</source>
            <translation>Найти товар</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="105" />
            <source>Type a product's name, SKU or barcode — or scan its barcode on any screen.</source>
            <translation>Введите название, артикул или штрихкод товара — или отсканируйте штрихкод на любом экране.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="123" />
            <source>Product %1 is not on this computer.</source>
            <translation>Товара %1 нет на этом компьютере.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="169" />
            <source>From the store server</source>
            <translation>С сервера магазина</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="213" />
            <source>Search results appear here.</source>
            <translation>Здесь появятся результаты поиска.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="216" />
            <source>Found: %1</source>
            <translation>Найдено: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="216" />
            <source>No product found</source>
            <translation>Товары не найдены</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="218" />
            <source>on this computer · asking the server…</source>
            <translation>на этом компьютере · запрос к серверу…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="220" />
            <source>%1 more from the server</source>
            <translation>ещё %1 с сервера</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="221" />
            <source>on this computer and the server</source>
            <translation>на этом компьютере и на сервере</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="223" />
            <source>on this computer (the server could not be asked)</source>
            <translation>на этом компьютере (не удалось обратиться к серверу)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="226" />
            <source>on this computer (offline)</source>
            <translation>на этом компьютере (нет связи)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="226" />
            <source>on this computer</source>
            <translation>на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/stock/page.py" line="248" />
            <source>No product found for “%1”.</source>
            <translation>Товар по запросу «%1» не найден.</translation>
        </message>
    </context>
    <context>
        <name>StockText</name>
        <message>
            <location filename="../../clerk_app/ui/stock/text.py" line="44" />
            <source>Store %1</source>
            <translation>Магазин %1</translation>
        </message>
    </context>
    <context>
        <name>StoreChoice</name>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="73" />
            <source>Store to collect from</source>
            <translation>Магазин, где забрать</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="74" />
            <source>Store</source>
            <translation>Магазин</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="74" />
            <source>Available</source>
            <translation>Доступно</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="74" />
            <source>Seen</source>
            <translation>Проверено</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="88" />
            <source>Checking the stock of every store…</source>
            <translation>Проверяем остатки во всех магазинах…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="132" />
            <source>%1 (this store)</source>
            <translation>%1 (этот магазин)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="138" />
            <source>Not seen yet</source>
            <translation>Ещё не проверялось</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="140" />
            <source>Live</source>
            <translation>Сейчас</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="142" />
            <source>As of %1</source>
            <translation>Данные на %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="147" />
            <source>None available at this store</source>
            <translation>В этом магазине нет в наличии</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="171" />
            <source>Stock of every store, checked just now.</source>
            <translation>Остатки во всех магазинах, только что проверено.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="173" />
            <source>Offline: stock in other stores is as of %1, when it was last seen.</source>
            <translation>Нет связи: остатки в других магазинах — на %1, время последней проверки.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/ordering/stores.py" line="176" />
            <source>Offline: this computer has not seen other stores' stock of this product. The order may be refused if the store has none.</source>
            <translation>Нет связи: этот компьютер не видел остатков этого товара в других магазинах. Если в магазине его нет, заказ могут отклонить.</translation>
        </message>
    </context>
    <context>
        <name>activity</name>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="22" />
            <source>New</source>
            <translation>Новый</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="23" />
            <source>Being picked</source>
            <translation>Собирается</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="24" />
            <source>Ready for pickup</source>
            <translation>Готов к выдаче</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="25" />
            <source>Collected</source>
            <translation>Выдан</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="26" />
            <location filename="../../clerk_app/ui/activity/words.py" line="92" />
            <source>Not collected</source>
            <translation>Не забран</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="27" />
            <source>Restocked</source>
            <translation>Возвращён в продажу</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="28" />
            <source>Cancelled</source>
            <translation>Отменён</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="34" />
            <source>order %1</source>
            <translation>заказ %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="34" />
            <source>an order</source>
            <translation>заказ</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="54" />
            <source>Order %1 for pickup at %2</source>
            <translation>Заказ %1 на самовывоз: %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="56" />
            <source>Add %1 to the online cart</source>
            <translation>Добавить в онлайн-корзину: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="58" />
            <source>Start picking %1</source>
            <translation>Начать сборку: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="60" />
            <source>Mark %1 ready (shelf %2)</source>
            <translation>Отметить готовым: %1 (полка %2)</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="63" />
            <source>Hand over %1 to %2</source>
            <translation>Выдать: %1, получатель %2</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="64" />
            <source>Hand over %1</source>
            <translation>Выдать: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="67" />
            <source>Send a reminder for %1</source>
            <translation>Отправить напоминание: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="68" />
            <source>Tell the customer %1 is ready</source>
            <translation>Сообщить клиенту о готовности: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="70" />
            <source>Customer arrived for %1</source>
            <translation>Клиент пришёл: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="72" />
            <source>Mark %1 as not collected</source>
            <translation>Отметить как не забранный: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="74" />
            <source>Put %1 back in stock</source>
            <translation>Вернуть в продажу: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="76" />
            <source>Cancel %1</source>
            <translation>Отменить: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="78" />
            <source>Note on %1</source>
            <translation>Заметка: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="78" />
            <source>a customer</source>
            <translation>клиент</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/activity/words.py" line="80" />
            <source>Customer views recorded: %n</source>
            <translation>
                <numerusform>Записано просмотров карточек клиентов: %n</numerusform>
                <numerusform>Записано просмотров карточек клиентов: %n</numerusform>
                <numerusform>Записано просмотров карточек клиентов: %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="81" />
            <location filename="../../clerk_app/ui/activity/words.py" line="99" />
            <source>Another change</source>
            <translation>Другое изменение</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="87" />
            <source>Start picking</source>
            <translation>Начало сборки</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="88" />
            <source>Mark ready</source>
            <translation>Отметка о готовности</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="89" />
            <source>Hand over</source>
            <translation>Выдача</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="90" />
            <source>Customer notice</source>
            <translation>Уведомление клиенту</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="91" />
            <source>Customer arrived</source>
            <translation>Клиент пришёл</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="93" />
            <source>Put back in stock</source>
            <translation>Возврат в продажу</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="94" />
            <source>Cancel order</source>
            <translation>Отмена заказа</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="95" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="96" />
            <source>Record of customer views</source>
            <translation>Журнал просмотров карточек клиентов</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="97" />
            <source>Order for pickup</source>
            <translation>Заказ на самовывоз</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="98" />
            <source>Add to online cart</source>
            <translation>Добавление в онлайн-корзину</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="121" />
            <source>%1 no longer has enough: %2 available there now.</source>
            <translation>В магазине «%1» уже не хватает товара: сейчас там доступно %2.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="126" />
            <source>This order was cancelled: %1.</source>
            <translation>Этот заказ отменён: %1.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="127" />
            <source>Someone else changed this order first: it is now “%1”.</source>
            <translation>Кто-то уже изменил этот заказ раньше: сейчас его статус «%1».</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="129" />
            <source>The pickup code did not match this order.</source>
            <translation>Код получения не подходит к этому заказу.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="130" />
            <source>Only a manager may do this.</source>
            <translation>Это может сделать только менеджер.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="131" />
            <source>The store server no longer has this record.</source>
            <translation>На сервере магазина этой записи больше нет.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="132" />
            <source>Someone else changed this record first.</source>
            <translation>Кто-то уже изменил эту запись раньше.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="133" />
            <source>The store server already has a different version of this action.</source>
            <translation>На сервере магазина уже есть другая версия этого действия.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="134" />
            <source>The store server does not know this action yet. It is kept here: retry it once the store server is updated.</source>
            <translation>Сервер магазина пока не знает это действие. Оно сохранено здесь: повторите его после обновления сервера магазина.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="141" />
            <source>The store server did not accept it: %1</source>
            <translation>Сервер магазина не принял действие: %1</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="142" />
            <source>The store server did not accept it.</source>
            <translation>Сервер магазина не принял действие.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/app.py" line="129" />
            <source>Generating three stores and %n customer(s)…</source>
            <translation>
                <numerusform>Генерация: три магазина и %n клиент…</numerusform>
                <numerusform>Генерация: три магазина и %n клиента…</numerusform>
                <numerusform>Генерация: три магазина и %n клиентов…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="130" />
            <source>Setting up this computer as a counter of the first store…</source>
            <translation>Настраиваем этот компьютер как рабочее место первого магазина…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="202" />
            <source>Preparing the demo store…</source>
            <translation>Готовим демо-магазин…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="207" />
            <location filename="../../clerk_app/ui/app.py" line="329" />
            <source>Opening Clerk…</source>
            <translation>Открываем Clerk…</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="230" />
            <location filename="../../clerk_app/ui/app.py" line="376" />
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="240" />
            <source>The Clerk demo is already open on this computer.</source>
            <translation>Демоверсия Clerk уже открыта на этом компьютере.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="244" />
            <source>The demo could not start. The details are in Clerk's log file.</source>
            <translation>Не удалось запустить демоверсию. Подробности — в журнале Clerk.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="254" />
            <source>Clerk could not open its secure storage.</source>
            <translation>Clerk не удалось открыть защищённое хранилище.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="258" />
            <source>This computer has no secure storage for passwords, so you'll need to sign in again after restarting Clerk.</source>
            <translation>На этом компьютере нет защищённого хранилища паролей, поэтому после перезапуска Clerk нужно будет войти снова.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="276" />
            <source>Clerk is already open on this computer. Switch to the open Clerk window.</source>
            <translation>Clerk уже открыт на этом компьютере. Перейдите в открытое окно Clerk.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="281" />
            <source>Clerk could not open its saved data.</source>
            <translation>Clerk не удалось открыть сохранённые данные.</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="294" />
            <source>Connecting this computer to the store…</source>
            <translation>Подключение компьютера к магазину…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/app.py" line="361" />
            <source>The saved data on this computer was damaged and is being downloaded again; actions waiting to sync that were kept: %n.</source>
            <translation>
                <numerusform>Сохранённые данные на этом компьютере были повреждены и загружаются заново; сохранено действий, ожидающих синхронизации: %n.</numerusform>
                <numerusform>Сохранённые данные на этом компьютере были повреждены и загружаются заново; сохранено действий, ожидающих синхронизации: %n.</numerusform>
                <numerusform>Сохранённые данные на этом компьютере были повреждены и загружаются заново; сохранено действий, ожидающих синхронизации: %n.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="364" />
            <source>Some actions waiting to sync could not be read and are lost; check them in the store system.</source>
            <translation>Некоторые действия, ожидавшие синхронизации, не удалось прочитать, и они потеряны; проверьте их в системе магазина.</translation>
        </message>
    </context>
    <context>
        <name>connection</name>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="13" />
            <source>Online</source>
            <translation>В сети</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="14" />
            <source>Offline</source>
            <translation>Нет связи</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="15" />
            <source>Working offline</source>
            <translation>Офлайн-режим</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="16" />
            <source>Device signed out</source>
            <translation>Устройство отключено</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="17" />
            <source>Server trouble</source>
            <translation>Сбой сервера</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="18" />
            <source>Update Clerk</source>
            <translation>Обновите Clerk</translation>
        </message>
    </context>
    <context>
        <name>format</name>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="162" />
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="165" />
            <source>just now</source>
            <translation>только что</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="167" />
            <source>%n min ago</source>
            <translation>
                <numerusform>%n мин назад</numerusform>
                <numerusform>%n мин назад</numerusform>
                <numerusform>%n мин назад</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="169" />
            <source>%n h ago</source>
            <translation>
                <numerusform>%n ч назад</numerusform>
                <numerusform>%n ч назад</numerusform>
                <numerusform>%n ч назад</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="170" />
            <source>%n d ago</source>
            <translation>
                <numerusform>%n день назад</numerusform>
                <numerusform>%n дня назад</numerusform>
                <numerusform>%n дней назад</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="180" />
            <source>%1 d %2 h</source>
            <translation>%1 д %2 ч</translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="183" />
            <source>%1 h %2 min</source>
            <translation>%1 ч %2 мин</translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="185" />
            <source>%n min</source>
            <translation>
                <numerusform>%n мин</numerusform>
                <numerusform>%n мин</numerusform>
                <numerusform>%n мин</numerusform>
            </translation>
        </message>
    </context>
</TS>
